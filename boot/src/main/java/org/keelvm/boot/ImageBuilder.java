package org.keelvm.boot;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.keelvm.boot.elf.ElfWriter;
import org.keelvm.boot.image.BootStub;
import org.keelvm.boot.image.ImageLayout;
import org.keelvm.boot.image.StaticsTable;
import org.keelvm.boot.input.ApplicationInput;
import org.keelvm.boot.universe.ClassUniverse;
import org.keelvm.boot.universe.Reachability;
import org.keelvm.boot.universe.ResolvedField;
import org.keelvm.boot.universe.ResolvedMethod;
import org.keelvm.jit.CompilationException;
import org.keelvm.jit.CompiledMethod;
import org.keelvm.jit.MemberRef;
import org.keelvm.jit.baseline.BaselineCompiler;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * {@code keel build}: turns an application and Keel's runtime into a bootable ELF/PVH image. The phases: read the
 * application, bind its entry point into the runtime, find what is reachable from {@code VM.boot} and
 * {@code Trap.fatal} (the boot stub's two ways into Java), lay out the statics table, compile every reachable method
 * with the baseline compiler, assemble the boot stub, and write the ELF file (see {@link ImageLayout} for the memory
 * picture).
 */
public final class ImageBuilder {
    /** The first Java method of every image. */
    public static final MemberRef VM_BOOT = new MemberRef("org/keelvm/vm/VM", "boot", "(Lorg/keelvm/hal/Address;)V");
    /** The Java method every CPU exception ends in, called by the boot stub's trap entries. */
    public static final MemberRef TRAP_FATAL = new MemberRef("org/keelvm/vm/Trap", "fatal", "(IJJJJ)V");
    /** The static field the boot stub fills with the TSC at the PVH entry. */
    public static final MemberRef VM_ENTRY_TIMESTAMP = new MemberRef("org/keelvm/vm/VM", "entryTimestamp", "J");
    /** The runtime method whose body becomes the call of the application's {@code main}. */
    static final MemberRef PROGRAM_MAIN = new MemberRef("org/keelvm/vm/Program", "main", "()V");

    private ImageBuilder() {
    }

    /** Builds the image that {@code request} describes. */
    public static BuildReport build(BuildRequest request) throws BuildException {
        long start = System.nanoTime();
        PrintStream log = request.verbose() ? System.err : null;
        ApplicationInput application = ApplicationInput.open(request.input(), request.classPath());
        for (String warning : application.warnings()) {
            System.err.println(warning);
        }
        String mainClass = application.mainClass(request.mainClass());
        ClassUniverse universe = new ClassUniverse(application, ImageBuilder.class.getClassLoader());
        universe.replaceMethod(PROGRAM_MAIN.owner(), callMain(mainClass.replace('.', '/')));
        phase(log, "reading", application.classNames().size() + " application classes, entry " + mainClass);

        Reachability reachability = Reachability.compute(universe, List.of(VM_BOOT, TRAP_FATAL));
        StaticsTable statics = StaticsTable.of(reachability);
        ImageLayout layout = statics.layout();
        phase(log, "reachability", reachability.methods().size() + " methods, "
                + reachability.staticFields().size() + " static fields");

        BootStub stub = BootStub.assemble(layout, statics.methodEntry(VM_BOOT), statics.methodEntry(TRAP_FATAL),
                statics.fieldSlot(requireField(reachability, VM_ENTRY_TIMESTAMP)));
        Text text = new Text(layout.textBase());
        byte[] stubCode = stub.code();
        long stubAddress = text.append(stubCode, 1);
        ElfWriter elf = new ElfWriter();
        elf.addFunction("keel.boot.longModeEntry", stubAddress, stub.pvhEntryOffset());
        long pvhEntry = stubAddress + stub.pvhEntryOffset();
        elf.addFunction("keel.boot.pvhEntry", pvhEntry, stub.trapEntriesOffset() - stub.pvhEntryOffset());
        elf.addFunction("keel.boot.trapEntries", stubAddress + stub.trapEntriesOffset(),
                stubCode.length - stub.trapEntriesOffset());

        BaselineCompiler compiler = new BaselineCompiler(statics);
        List<ResolvedMethod> methods = reachability.methods();
        long[] addresses = new long[methods.size()];
        Set<String> classes = new HashSet<>();
        for (int i = 0; i < methods.size(); i++) {
            ResolvedMethod method = methods.get(i);
            CompiledMethod compiled;
            try {
                compiled = compiler.compile(method.owner().name, method.method());
            } catch (CompilationException e) {
                throw new BuildException(e.getMessage());
            }
            addresses[i] = text.append(compiled.code(), ImageLayout.CODE_ALIGNMENT);
            elf.addFunction(compiled.method().symbolName(), addresses[i], compiled.code().length);
            classes.add(method.owner().name);
        }
        phase(log, "compiling", methods.size() + " methods, " + text.size() + " bytes of code");

        byte[] data = new byte[layout.dataFileSize()];
        stub.writeTables(layout, data);
        statics.write(data, addresses);
        elf.addObject("keel.pageTables", layout.pageTables(), layout.descriptorTables() - layout.pageTables());
        elf.addObject("keel.descriptorTables", layout.descriptorTables(),
                layout.interruptTable() - layout.descriptorTables());
        elf.addObject("keel.interruptTable", layout.interruptTable(), layout.staticsTable() - layout.interruptTable());
        elf.addObject("keel.statics", layout.staticsTable(), data.length - (layout.staticsTable()
                - ImageLayout.DATA_BASE));
        elf.addObject("keel.faultStack", layout.faultStackBottom(), ImageLayout.FAULT_STACK_SIZE);
        elf.addObject("keel.bootStack", layout.stackBottom(), ImageLayout.STACK_SIZE);
        elf.addSegment(".data", ImageLayout.DATA_BASE, data, layout.dataMemorySize(), ElfWriter.WRITE);
        elf.addSegment(".text", layout.textBase(), text.bytes(), text.size(), ElfWriter.EXECUTE);
        elf.setEntry(pvhEntry);
        elf.setPvhEntry(pvhEntry);
        byte[] image = elf.toByteArray();
        write(request.output(), image);
        long millis = (System.nanoTime() - start) / 1_000_000;
        phase(log, "writing", request.output() + ", " + image.length + " bytes");
        return new BuildReport(request.output(), classes.size(), methods.size(), text.size(), data.length,
                image.length, millis);
    }

    /** {@code static void main() { MainClass.main(null); }}: program arguments arrive with strings and arrays. */
    private static MethodNode callMain(String mainClass) {
        MethodNode main = new MethodNode(Opcodes.ACC_STATIC, PROGRAM_MAIN.name(), PROGRAM_MAIN.descriptor(), null,
                null);
        main.instructions.add(new InsnNode(Opcodes.ACONST_NULL));
        main.instructions.add(new MethodInsnNode(Opcodes.INVOKESTATIC, mainClass, "main", "([Ljava/lang/String;)V",
                false));
        main.instructions.add(new InsnNode(Opcodes.RETURN));
        main.maxStack = 1;
        main.maxLocals = 0;
        return main;
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
            log.println("keel: " + phase + ": " + detail);
        }
    }
}
