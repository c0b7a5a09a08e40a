package org.keelvm.boot;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keelvm.boot.elf.ElfWriter;
import org.keelvm.boot.heap.CodeInfos;
import org.keelvm.boot.heap.HostStatics;
import org.keelvm.boot.heap.HubFactory;
import org.keelvm.boot.heap.ImageHeap;
import org.keelvm.boot.image.BootStub;
import org.keelvm.boot.image.ImageLayout;
import org.keelvm.boot.image.ImageLinker;
import org.keelvm.boot.image.StaticsTable;
import org.keelvm.boot.input.ApplicationInput;
import org.keelvm.boot.layout.DispatchTables;
import org.keelvm.boot.layout.FieldLayout;
import org.keelvm.boot.universe.ClassUniverse;
import org.keelvm.boot.universe.ConstructedByName;
import org.keelvm.boot.universe.JdkFiles;
import org.keelvm.boot.universe.Reachability;
import org.keelvm.boot.universe.ResolvedField;
import org.keelvm.boot.universe.ResolvedMethod;
import org.keelvm.jit.CompilationException;
import org.keelvm.jit.CompiledMethod;
import org.keelvm.jit.MemberRef;
import org.keelvm.jit.RuntimeCalls;
import org.keelvm.jit.baseline.BaselineCompiler;
import org.keelvm.vm.code.CodeInfo;
import org.keelvm.vm.object.Hub;
import org.keelvm.vm.runtime.PrimitiveTypes;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * {@code keel build}: turns an application and Keel's runtime into a bootable ELF/PVH image. The phases: read the
 * application, bind its entry point into the runtime, find what is reachable from {@code VM.boot},
 * {@code Trap.handle} (the boot stub's two ways into Java) and the runtime calls of compiled code, lay out the
 * statics table, make the hubs, compile every reachable method with the baseline compiler, place the code after
 * the first part of the image heap, describe the compiled methods in the second part, fill the method tables, and
 * write the ELF file (see {@link ImageLayout} for the memory picture).
 */
public final class ImageBuilder {
    /** The first Java method of every image. */
    public static final MemberRef VM_BOOT = new MemberRef("org/keelvm/vm/VM", "boot", "(Lorg/keelvm/hal/Address;)V");
    /** The Java method every CPU exception enters, called by the boot stub's trap entries. */
    public static final MemberRef TRAP_HANDLE = new MemberRef("org/keelvm/vm/Trap", "handle", "(IJJJJ)J");
    /** What a vtable or interface-table slot without a method calls. */
    static final MemberRef ABSTRACT_METHOD = new MemberRef("org/keelvm/vm/runtime/TrapExceptions", "abstractMethod",
            "()V");
    /** Classes whose instances the image heap holds from the start. */
    static final List<String> HEAP_TYPES = List.of("java/lang/String", "org/keelvm/vm/object/Hub", "java/lang/Class",
            "org/keelvm/vm/code/CodeInfo", "org/keelvm/vm/object/ClassDeclaration",
            "org/keelvm/vm/object/MethodDeclaration", "[Lorg/keelvm/vm/object/MethodDeclaration;", "[J", "[I", "[B",
            "[Ljava/lang/Object;", "[Lorg/keelvm/vm/object/Hub;",
            "[Lorg/keelvm/vm/code/CodeInfo;", "[Ljava/lang/String;", "[[B");
    private static final MemberRef CODE_TABLE_METHODS = new MemberRef("org/keelvm/vm/code/CodeTable", "methods",
            "[Lorg/keelvm/vm/code/CodeInfo;");
    private static final MemberRef TRAP_NULL_POINTER = new MemberRef("org/keelvm/vm/Trap", "nullPointerEntry", "J");
    private static final MemberRef TRAP_DIVIDE_BY_ZERO = new MemberRef("org/keelvm/vm/Trap", "divideByZeroEntry",
            "J");
    private static final MemberRef TRAP_STACK_OVERFLOW = new MemberRef("org/keelvm/vm/Trap", "stackOverflowEntry",
            "J");
    private static final String IMAGE_FILES = "org/keelvm/vm/runtime/ImageFiles";
    private static final MemberRef RESOURCE_NAMES = new MemberRef(IMAGE_FILES, "resourceNames", "[Ljava/lang/String;");
    private static final MemberRef RESOURCE_CONTENTS = new MemberRef(IMAGE_FILES, "resourceContents", "[[B");
    private static final MemberRef FILE_NAMES = new MemberRef(IMAGE_FILES, "fileNames", "[Ljava/lang/String;");
    private static final MemberRef FILE_CONTENTS = new MemberRef(IMAGE_FILES, "fileContents", "[[B");
    private static final MemberRef PRIMITIVE_HUBS = new MemberRef("org/keelvm/vm/runtime/PrimitiveTypes", "hubs",
            "[Lorg/keelvm/vm/object/Hub;");
    private static final MemberRef STRING_CONSTANTS = new MemberRef("org/keelvm/vm/runtime/StringTable",
            "constants", "[Ljava/lang/String;");
    private static final MemberRef CLASS_REGISTRY = new MemberRef("org/keelvm/vm/runtime/ClassRegistry", "hubs",
            "[Lorg/keelvm/vm/object/Hub;");
    private static final MemberRef ARRAY_CLASSES_CLASS_HUB = new MemberRef("org/keelvm/vm/runtime/ArrayClasses",
            "classHub", "Lorg/keelvm/vm/object/Hub;");
    private static final MemberRef ARRAY_CLASSES_HUB_OFFSET = new MemberRef("org/keelvm/vm/runtime/ArrayClasses",
            "mirrorHubOffset", "J");
    private static final MemberRef ARRAY_CLASSES_COMPONENT_OFFSET = new MemberRef(
            "org/keelvm/vm/runtime/ArrayClasses", "mirrorComponentOffset", "J");
    private static final MemberRef VM_HEAP_CLASSES = new MemberRef("org/keelvm/vm/VM", "heapClasses",
            "[Lorg/keelvm/vm/object/Hub;");
    private static final MemberRef VM_IMAGE_END = new MemberRef("org/keelvm/vm/VM", "imageEnd", "J");
    /** The static field the boot stub fills with the TSC at the PVH entry. */
    public static final MemberRef VM_ENTRY_TIMESTAMP = new MemberRef("org/keelvm/vm/VM", "entryTimestamp", "J");
    /**
     * Pairs of a {@code JdkStartup} hook and the method (added to {@code System} by Keel's class library) that its
     * body calls when the image starts the JDK.
     */
    static final List<MemberRef> JDK_HOOKS = List.of(
            new MemberRef("org/keelvm/vm/JdkStartup", "start", "()V"),
            new MemberRef("java/lang/System", "startJdk", "()V"),
            new MemberRef("org/keelvm/vm/JdkStartup", "exit", "(I)V"),
            new MemberRef("java/lang/System", "exitJdk", "(I)V"),
            new MemberRef("org/keelvm/vm/JdkStartup", "reportUncaught", "(Ljava/lang/Throwable;)V"),
            new MemberRef("java/lang/System", "reportUncaught", "(Ljava/lang/Throwable;)V"));
    /** The runtime method whose body becomes the call of the application's {@code main}. */
    static final MemberRef PROGRAM_MAIN = new MemberRef("org/keelvm/vm/Program", "main", "([Ljava/lang/String;)V");

    private ImageBuilder() {
    }

    /** Builds the image that {@code request} describes. */
    public static BuildReport build(BuildRequest request) throws BuildException {
        long start = System.nanoTime();
        STARTED.set(start);
        PrintStream log = request.verbose() ? System.err : null;
        ApplicationInput application = ApplicationInput.open(request.input(), request.classPath());
        for (String warning : application.warnings()) {
            System.err.println(warning);
        }
        List<String> mainClasses = new ArrayList<>();
        if (request.mainClasses().size() <= 1) {
            mainClasses.add(application.mainClass(request.mainClasses().isEmpty() ? null
                    : request.mainClasses().get(0)));
        } else {
            for (String requested : request.mainClasses()) {
                mainClasses.add(application.mainClass(requested));
            }
        }
        String mainClass = String.join(", ", mainClasses);
        ClassUniverse universe = new ClassUniverse(application, ImageBuilder.class.getClassLoader());
        universe.replaceMethod(PROGRAM_MAIN.owner(), mainClasses.size() == 1
                ? callMain(mainClasses.get(0).replace('.', '/')) : selectMain(mainClasses));
        if (request.jdkStartup()) {
            for (int i = 0; i < JDK_HOOKS.size(); i += 2) {
                universe.replaceMethod(JDK_HOOKS.get(i).owner(), delegate(JDK_HOOKS.get(i), JDK_HOOKS.get(i + 1)));
            }
        }
        phase(log, "reading", application.classNames().size() + " application classes, entry " + mainClass);

        List<MemberRef> roots = new ArrayList<>(List.of(VM_BOOT, TRAP_HANDLE, ABSTRACT_METHOD));
        roots.addAll(RuntimeCalls.ALL);
        Reachability reachability = Reachability.compute(universe, roots, HEAP_TYPES);
        if (request.jdkStartup()) {
            for (String type : ConstructedByName.types(universe, ImageBuilder.class.getClassLoader())) {
                reachability.addConstructedByName(type);
            }
        }
        StaticsTable statics = StaticsTable.of(reachability);
        ImageLayout layout = statics.layout();
        phase(log, "reachability", reachability.methods().size() + " methods, "
                + reachability.staticFields().size() + " static fields, " + reachability.types().size() + " types, "
                + reachability.linkageFailures().size() + " unresolved references (each throws where it is reached)");

        FieldLayout fields = new FieldLayout(universe);
        DispatchTables tables = new DispatchTables(universe, reachability);
        Map<String, Long> initializers = new HashMap<>();
        for (ResolvedMethod method : reachability.methods()) {
            if (method.method().name.equals("<clinit>")) {
                initializers.put(method.owner().name, statics.methodEntry(method.ref()));
            }
        }
        HubFactory hubs = new HubFactory(universe, reachability, fields, tables, initializers);
        hubs.createAll();
        hubs.declareAll(type -> {
            ResolvedField values = reachability.enumValues(type);
            return values == null ? 0 : statics.fieldSlot(values.ref());
        }, member -> statics.hasMethod(member) ? statics.methodEntry(member) : 0);
        ImageHeap heap = new ImageHeap(fields, hubs, layout.heapBase());
        for (Hub hub : hubs.hubs().values()) {
            heap.addressOf(hub);
            heap.addressOf(hub.mirror);
        }
        ImageLinker linker = new ImageLinker(universe, reachability, statics, fields, tables, hubs, heap);
        BaselineCompiler compiler = new BaselineCompiler(linker);
        List<ResolvedMethod> methods = reachability.methods();
        List<CompiledMethod> compiled = new ArrayList<>();
        for (ResolvedMethod method : methods) {
            try {
                compiled.add(compiler.compile(method.owner().name, method.method()));
            } catch (CompilationException e) {
                throw new BuildException(e.getMessage());
            }
        }

        long textBase = ImageLayout.alignUp(heap.top(), ImageLayout.PAGE_SIZE);
        BootStub stub = BootStub.assemble(layout, textBase, statics.methodEntry(VM_BOOT),
                statics.methodEntry(TRAP_HANDLE), statics.fieldSlot(requireField(reachability, VM_ENTRY_TIMESTAMP)));
        Text text = new Text(textBase);
        byte[] stubCode = stub.code();
        long stubAddress = text.append(stubCode, 1);
        ElfWriter elf = new ElfWriter();
        elf.addFunction("keel.boot.longModeEntry", stubAddress, stub.pvhEntryOffset());
        long pvhEntry = stubAddress + stub.pvhEntryOffset();
        elf.addFunction("keel.boot.pvhEntry", pvhEntry, stub.trapEntriesOffset() - stub.pvhEntryOffset());
        elf.addFunction("keel.boot.trapEntries", stubAddress + stub.trapEntriesOffset(),
                stubCode.length - stub.trapEntriesOffset());
        long[] addresses = new long[methods.size()];
        Map<MemberRef, Long> entries = new HashMap<>();
        Set<String> classes = new HashSet<>();
        for (int i = 0; i < methods.size(); i++) {
            CompiledMethod method = compiled.get(i);
            addresses[i] = text.append(method.code(), ImageLayout.CODE_ALIGNMENT);
            entries.put(methods.get(i).ref(), addresses[i]);
            elf.addFunction(method.method().symbolName(), addresses[i], method.code().length);
            classes.add(methods.get(i).owner().name);
        }
        phase(log, "compiling", methods.size() + " methods, " + text.size() + " bytes of code");

        heap.startRegion(ImageLayout.alignUp(textBase + text.size(), ImageLayout.PAGE_SIZE));
        CodeInfo[] codeTable = new CodeInfo[methods.size()];
        for (int i = 0; i < methods.size(); i++) {
            codeTable[i] = CodeInfos.describe(compiled.get(i), addresses[i], hubs, methods.get(i),
                    universe.isApplicationClass(methods.get(i).owner().name));
        }
        long abstractMethod = entries.get(ABSTRACT_METHOD);
        hubs.fillTables((type, key) -> {
            ResolvedMethod selected = tables.selected(type, key);
            Long entry = selected == null ? null : entries.get(selected.ref());
            return entry == null ? abstractMethod : entry;
        });
        Map<MemberRef, Object> overrides = new HashMap<>();
        overrides.put(CODE_TABLE_METHODS, codeTable);
        Hub[] primitives = new Hub[PrimitiveTypes.DESCRIPTORS.length()];
        for (int i = 0; i < primitives.length; i++) {
            primitives[i] = hubs.hub(HubFactory.primitiveName(PrimitiveTypes.DESCRIPTORS.charAt(i)));
        }
        overrides.put(PRIMITIVE_HUBS, primitives);
        overrides.put(STRING_CONSTANTS, heap.strings());
        if (request.jdkStartup()) {
            // The boot loader is asked first, so a JDK resource hides an application's of the same name.
            Map<String, byte[]> resources = new java.util.TreeMap<>(application.resources());
            resources.putAll(JdkFiles.resources());
            overrides.put(RESOURCE_NAMES, resources.keySet().toArray(new String[0]));
            overrides.put(RESOURCE_CONTENTS, resources.values().toArray(new byte[0][]));
            Map<String, byte[]> files = JdkFiles.homeFiles();
            overrides.put(FILE_NAMES, files.keySet().toArray(new String[0]));
            overrides.put(FILE_CONTENTS, files.values().toArray(new byte[0][]));
        }
        Hub[] byName = hubs.hubs().values().toArray(new Hub[0]);
        java.util.Arrays.sort(byName, java.util.Comparator.comparing(hub -> hub.name));
        overrides.put(CLASS_REGISTRY, byName);
        overrides.put(ARRAY_CLASSES_CLASS_HUB, hubs.hub("java/lang/Class"));
        overrides.put(ARRAY_CLASSES_HUB_OFFSET, (long) fields.offset("java/lang/Class", FieldLayout.CLASS_HUB_FIELD,
                FieldLayout.HUB_DESCRIPTOR));
        overrides.put(ARRAY_CLASSES_COMPONENT_OFFSET, (long) fields.offset("java/lang/Class", "componentType",
                "Ljava/lang/Class;"));
        List<Hub> heapClasses = new ArrayList<>();
        for (String type : HEAP_TYPES) {
            if (!type.startsWith("[") && hubs.needsInitialization(type)) {
                heapClasses.add(hubs.hub(type));
            }
        }
        overrides.put(VM_HEAP_CLASSES, heapClasses.toArray(new Hub[0]));
        overrides.put(TRAP_NULL_POINTER, entries.get(RuntimeCalls.NULL_POINTER));
        overrides.put(TRAP_DIVIDE_BY_ZERO, entries.get(RuntimeCalls.DIVIDE_BY_ZERO));
        overrides.put(TRAP_STACK_OVERFLOW, entries.get(RuntimeCalls.STACK_OVERFLOW));
        HostStatics hostStatics = new HostStatics(universe, heap, overrides, ImageBuilder.class.getClassLoader());
        hostStatics.placeReferences(reachability.staticFields());
        List<ImageHeap.Region> regions = heap.write();
        if (log != null) {
            StringBuilder largest = new StringBuilder();
            for (Map.Entry<String, Long> entry : heap.bytesByClass().subList(0, Math.min(8,
                    heap.bytesByClass().size()))) {
                largest.append(largest.length() == 0 ? "" : ", ").append(entry.getKey()).append(' ')
                        .append(entry.getValue() / 1024).append(" KiB");
            }
            phase(log, "image heap", largest.toString());
        }
        ImageHeap.Region last = regions.get(regions.size() - 1);
        overrides.put(VM_IMAGE_END, ImageLayout.alignUp(last.base() + last.bytes().length, ImageLayout.PAGE_SIZE));
        byte[] staticsContents = statics.contents(addresses, hostStatics::initialValue);

        byte[] data = new byte[layout.dataSize()];
        stub.writeTables(layout, textBase, data);
        elf.addObject("keel.pageTables", layout.pageTables(), layout.descriptorTables() - layout.pageTables());
        elf.addObject("keel.descriptorTables", layout.descriptorTables(),
                layout.interruptTable() - layout.descriptorTables());
        elf.addObject("keel.interruptTable", layout.interruptTable(), data.length - (layout.interruptTable()
                - ImageLayout.DATA_BASE));
        elf.addObject("keel.faultStack", layout.faultStackBottom(), ImageLayout.FAULT_STACK_SIZE);
        elf.addObject("keel.bootStack", layout.stackBottom(), ImageLayout.STACK_SIZE);
        elf.addObject("keel.statics", layout.staticsTable(), staticsContents.length);
        elf.addSegment(".data", ImageLayout.DATA_BASE, data, data.length, ElfWriter.WRITE);
        elf.addSegment(".stacks", layout.stacksBase(), new byte[0], layout.stackTop() - layout.stacksBase(),
                ElfWriter.WRITE);
        elf.addSegment(".statics", layout.staticsTable(), staticsContents, staticsContents.length, ElfWriter.WRITE);
        elf.addSegment(".heap", regions.get(0).base(), regions.get(0).bytes(), regions.get(0).bytes().length,
                ElfWriter.WRITE);
        elf.addSegment(".text", textBase, text.bytes(), text.size(), ElfWriter.EXECUTE);
        elf.addSegment(".heap2", last.base(), last.bytes(), last.bytes().length, ElfWriter.WRITE);
        elf.setEntry(pvhEntry);
        elf.setPvhEntry(pvhEntry);
        byte[] image = elf.toByteArray();
        write(request.output(), image);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long heapBytes = regions.get(0).bytes().length + last.bytes().length;
        phase(log, "writing", request.output() + ", " + image.length + " bytes (code " + text.size() + ", heap "
                + heapBytes + ", statics " + staticsContents.length + ")");
        return new BuildReport(request.output(), classes.size(), methods.size(), text.size(),
                data.length + staticsContents.length + heapBytes, image.length, millis);
    }

    /** {@code static void main(String[] args) { MainClass.main(args); }}. */
    private static MethodNode callMain(String mainClass) {
        MethodNode main = new MethodNode(Opcodes.ACC_STATIC, PROGRAM_MAIN.name(), PROGRAM_MAIN.descriptor(), null,
                null);
        main.instructions.add(new VarInsnNode(Opcodes.ALOAD, 0));
        main.instructions.add(new MethodInsnNode(Opcodes.INVOKESTATIC, mainClass, "main", "([Ljava/lang/String;)V",
                false));
        main.instructions.add(new InsnNode(Opcodes.RETURN));
        main.maxStack = 1;
        main.maxLocals = 1;
        return main;
    }

    /**
     * {@code static void main(String[] args)} that runs the main class named by {@code args[0]} with the other
     * arguments: {@code if (args[0].equals("A")) { A.main(rest); return; } ...}, else {@code Program.noMain}.
     */
    private static MethodNode selectMain(List<String> mainClasses) {
        MethodNode main = new MethodNode(Opcodes.ACC_STATIC, PROGRAM_MAIN.name(), PROGRAM_MAIN.descriptor(), null,
                null);
        InsnList code = main.instructions;
        code.add(new VarInsnNode(Opcodes.ALOAD, 0));
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, PROGRAM_MAIN.owner(), "selectedMain",
                "([Ljava/lang/String;)Ljava/lang/String;", false));
        code.add(new VarInsnNode(Opcodes.ASTORE, 1));
        code.add(new VarInsnNode(Opcodes.ALOAD, 0));
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, PROGRAM_MAIN.owner(), "remainingArguments",
                "([Ljava/lang/String;)[Ljava/lang/String;", false));
        code.add(new VarInsnNode(Opcodes.ASTORE, 2));
        for (String mainClass : mainClasses) {
            LabelNode next = new LabelNode();
            code.add(new VarInsnNode(Opcodes.ALOAD, 1));
            code.add(new LdcInsnNode(mainClass));
            code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/String", "equals",
                    "(Ljava/lang/Object;)Z", false));
            code.add(new JumpInsnNode(Opcodes.IFEQ, next));
            code.add(new VarInsnNode(Opcodes.ALOAD, 2));
            code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, mainClass.replace('.', '/'), "main",
                    "([Ljava/lang/String;)V", false));
            code.add(new InsnNode(Opcodes.RETURN));
            code.add(next);
        }
        code.add(new VarInsnNode(Opcodes.ALOAD, 1));
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, PROGRAM_MAIN.owner(), "noMain", "(Ljava/lang/String;)V",
                false));
        code.add(new InsnNode(Opcodes.RETURN));
        main.maxStack = 2;
        main.maxLocals = 3;
        return main;
    }

    /** {@code static void <method>(args) { <target>(args); }}, for static methods of the same descriptor. */
    private static MethodNode delegate(MemberRef method, MemberRef target) {
        MethodNode body = new MethodNode(Opcodes.ACC_STATIC, method.name(), method.descriptor(), null, null);
        int local = 0;
        for (org.objectweb.asm.Type argument : org.objectweb.asm.Type.getArgumentTypes(method.descriptor())) {
            body.instructions.add(new VarInsnNode(argument.getOpcode(Opcodes.ILOAD), local));
            local += argument.getSize();
        }
        body.instructions.add(new MethodInsnNode(Opcodes.INVOKESTATIC, target.owner(), target.name(),
                target.descriptor(), false));
        body.instructions.add(new InsnNode(Opcodes.RETURN));
        body.maxStack = local;
        body.maxLocals = local;
        return body;
    }

    private static MemberRef requireField(Reachability reachability, MemberRef field) throws BuildException {
        for (ResolvedField candidate : reachability.staticFields()) {
            if (candidate.ref().equals(field)) {
                return field;
            }
        }
        throw new BuildException("Keel runtime field " + field + " is not used by the boot path");
    }

    private static void write(Path output, byte[] image) throws BuildException {
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(output, image);
        } catch (IOException e) {
            throw new BuildException("cannot write image " + output + ": " + e.getMessage());
        }
    }

    private static void phase(PrintStream log, String phase, String detail) {
        if (log != null) {
            log.println("keel: " + phase + ": " + detail + " (" + (System.nanoTime() - STARTED.get()) / 1_000_000
                    + " ms)");
        }
    }

    /** When the current build started, for the phase lines. */
    private static final ThreadLocal<Long> STARTED = ThreadLocal.withInitial(System::nanoTime);
}
