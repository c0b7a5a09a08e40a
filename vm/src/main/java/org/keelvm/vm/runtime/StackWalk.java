package org.keelvm.vm.runtime;

import org.keelvm.hal.Address;
import org.keelvm.hal.Cpu;
import org.keelvm.vm.code.CodeInfo;
import org.keelvm.vm.code.CodeTable;

/**
 * Captures and prints the Java frames of the current stack. A frame is named by an address inside its current
 * instruction (a return address minus one), which {@link CodeTable} turns into a method and a bytecode. Frames of
 * the VM itself ({@code org.keelvm.vm}: the boot path, the runtime entry points, dispatch) are left out, as HotSpot
 * leaves out its own.
 */
public final class StackWalk {
    private static final String VM_PREFIX = "org.keelvm.vm.";

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
            if (code.holder.name.startsWith(VM_PREFIX)) {
                continue;
            }
            pcs[used++] = pc;
        }
        long[] trimmed = new long[used];
        System.arraycopy(pcs, 0, trimmed, 0, used);
        return trimmed;
    }

    /** {@code Cls.method(File.java:LINE)} for the frame at {@code pc}, as {@code StackTraceElement} prints it. */
    public static String describe(long pc) {
        CodeInfo code = CodeTable.find(pc);
        if (code == null) {
            return "<unknown>";
        }
        int line = code.lineAt(code.bytecodeIndexAt(pc));
        String source = code.holder.sourceFile;
        String where;
        if (source == null) {
            where = "Unknown Source";
        } else if (line >= 0) {
            where = source + ":" + line;
        } else {
            where = source;
        }
        String module = code.holder.module != null ? code.holder.module + "/" : "";
        return module + code.holder.name + "." + code.name + "(" + where + ")";
    }
}
