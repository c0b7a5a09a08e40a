package org.keelvm.vm.runtime;

import org.keelvm.hal.Address;
import org.keelvm.hal.Cpu;
import org.keelvm.hal.ErrorConsole;
import org.keelvm.vm.code.CodeInfo;
import org.keelvm.vm.code.CodeTable;
import org.keelvm.vm.object.Hub;
import org.keelvm.vm.object.ObjectAccess;

/**
 * Captures and prints the Java frames of the current stack. A frame is named by an address inside its current
 * instruction (a return address minus one), which {@link CodeTable} turns into a method and a bytecode. Frames of
 * Keel itself (its runtime's classes: the boot path, the runtime entry points, dispatch, the class
 * library's helpers, and its methods added to JDK classes) are left out, as HotSpot leaves out its own; a JDK native
 * method that Keel implements in Java shows as {@code (Native Method)}.
 */
public final class StackWalk {
    /** Packages of Keel's runtime (not of programs that happen to live under {@code org.keelvm}). */
    private static final String[] KEEL_PACKAGES = {"org.keelvm.vm.", "org.keelvm.classlib.", "org.keelvm.hal.",
        "org.keelvm.jit.", "org.keelvm.gc."};
    /** The frames a throwable keeps, the innermost ones: HotSpot's default {@code MaxJavaStackTraceDepth}. */
    private static final int MAX_THROWABLE_FRAMES = 1024;
    /** The line number of a native method's frame, which {@code StackTraceElement} shows as {@code Native Method}. */
    private static final int NATIVE_LINE = -2;

    private StackWalk() {
    }

    /** The pcs of the caller's Java frames, innermost first, without the VM's own. */
    public static long[] capture() {
        Address frame = Cpu.framePointer();
        int count = 0;
        for (Address f = frame; !f.isZero(); f = Address.fromLong(f.loadLong(0))) {
            count++;
        }
        long[] pcs = new long[count];
        int used = 0;
        for (Address f = frame; !f.isZero(); f = Address.fromLong(f.loadLong(0))) {
            long pc = f.loadLong(8) - 1;
            CodeInfo code = CodeTable.find(pc);
            if (code == null) {
                break;
            }
            if (code.kind == CodeInfo.HIDDEN || isKeel(code.holder.name)) {
                continue;
            }
            pcs[used++] = pc;
        }
        long[] trimmed = new long[used];
        System.arraycopy(pcs, 0, trimmed, 0, used);
        return trimmed;
    }

    private static boolean isKeel(String className) {
        for (String keel : KEEL_PACKAGES) {
            if (className.startsWith(keel)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The frames for a new {@code Throwable}'s stack trace: the caller's, without those of its
     * {@code fillInStackTrace} and of the constructors of its class and superclasses, at most the innermost 1024,
     * as HotSpot records them.
     */
    public static long[] captureForThrowable(Object throwable) {
        long[] frames = capture();
        Hub type = ObjectAccess.hubOf(throwable);
        int skip = 0;
        while (skip < frames.length) {
            CodeInfo code = CodeTable.find(frames[skip]);
            boolean fill = code.name.equals("fillInStackTrace");
            boolean constructor = code.name.equals("<init>") && TypeCheck.isSubtype(type, code.holder);
            if (!fill && !constructor) {
                break;
            }
            skip++;
        }
        long[] trimmed = new long[Math.min(frames.length - skip, MAX_THROWABLE_FRAMES)];
        System.arraycopy(frames, skip, trimmed, 0, trimmed.length);
        return trimmed;
    }

    /**
     * The class of the {@code depth}-th Java frame of the caller's stack (0: the caller itself), not counting the
     * VM's own frames; {@code null} if the stack is not that deep.
     */
    public static Hub holderOfFrame(int depth) {
        long[] frames = capture();
        return depth < frames.length ? CodeTable.find(frames[depth]).holder : null;
    }

    /** The class of the method at {@code pc}. */
    public static Hub holderAt(long pc) {
        return CodeTable.find(pc).holder;
    }

    /** The JDK module of the method at {@code pc}, or null. */
    public static String moduleAt(long pc) {
        return CodeTable.find(pc).holder.module;
    }

    /** The class name of the method at {@code pc}. */
    public static String classAt(long pc) {
        return CodeTable.find(pc).holder.name;
    }

    /** The name of the method at {@code pc}. */
    public static String methodAt(long pc) {
        return CodeTable.find(pc).name;
    }

    /** The source file of the method at {@code pc}, or null. */
    public static String fileAt(long pc) {
        return CodeTable.find(pc).holder.sourceFile;
    }

    /** The source line at {@code pc}, -1 if unknown, -2 in a native method. */
    public static int lineAt(long pc) {
        CodeInfo code = CodeTable.find(pc);
        if (code.kind == CodeInfo.NATIVE) {
            return NATIVE_LINE;
        }
        return code.lineAt(code.bytecodeIndexAt(pc));
    }

    /**
     * Prints {@code module/Cls.method(File.java:LINE)} for the frame at {@code pc}, as a stack trace shows it, on the
     * error stream.
     */
    public static void print(long pc) {
        CodeInfo code = CodeTable.find(pc);
        if (code == null) {
            ErrorConsole.print("<unknown>");
            return;
        }
        if (code.holder.module != null) {
            ErrorConsole.print(code.holder.module);
            ErrorConsole.print("/");
        }
        ErrorConsole.print(code.holder.name);
        ErrorConsole.print(".");
        ErrorConsole.print(code.name);
        ErrorConsole.print("(");
        int line = code.lineAt(code.bytecodeIndexAt(pc));
        if (code.kind == CodeInfo.NATIVE) {
            ErrorConsole.print("Native Method");
        } else if (code.holder.sourceFile == null) {
            ErrorConsole.print("Unknown Source");
        } else {
            ErrorConsole.print(code.holder.sourceFile);
            if (line >= 0) {
                ErrorConsole.print(":");
                ErrorConsole.print(line);
            }
        }
        ErrorConsole.print(")");
    }
}
