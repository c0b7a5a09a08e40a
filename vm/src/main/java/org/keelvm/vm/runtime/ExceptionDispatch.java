package org.keelvm.vm.runtime;

import org.keelvm.hal.Address;
import org.keelvm.hal.Cpu;
import org.keelvm.vm.code.CodeInfo;
import org.keelvm.vm.code.CodeTable;

/**
 * {@code athrow}: finds the innermost frame with a handler for the exception and continues there.
 *
 * <p>Every compiled frame is chained through {@code rbp} (see the baseline frame picture in
 * {@code org.keelvm.jit.baseline.BaselineFrame}): {@code [rbp]} is the caller's {@code rbp}, {@code [rbp + 8]} the
 * return address into the caller. A return address minus one lies inside the call instruction, so it belongs to
 * the bytecode that made the call; {@code CodeInfo} maps it to that bytecode and its handlers. A handler starts
 * with an expression stack that holds just the exception, so dispatch resets {@code rsp} to the bottom of that
 * frame's expression stack, pushes the exception and jumps (see {@link Cpu#continueAt}). Frames without compiled
 * code (the boot stub's) end the walk, which the VM's own outermost frame never lets happen.
 */
public final class ExceptionDispatch {
    private ExceptionDispatch() {
    }

    /** Throws {@code exception} from the caller's frame: never returns. A null exception throws NPE instead. */
    public static void raise(Throwable exception) {
        if (exception == null) {
            exception = new NullPointerException();
        }
        Address frame = Cpu.framePointer();
        long pc = frame.loadLong(8);
        frame = Address.fromLong(frame.loadLong(0));
        while (!frame.isZero()) {
            CodeInfo code = CodeTable.find(pc - 1);
            if (code == null) {
                break;
            }
            int handler = handlerFor(code, code.bytecodeIndexAt(pc - 1), exception);
            if (handler >= 0) {
                Address stackBottom = frame.plus(-8L * code.maxLocals);
                Cpu.continueAt(Address.fromLong(code.start + code.handlers[handler + 3]), stackBottom, frame,
                        exception);
            }
            pc = frame.loadLong(8);
            frame = Address.fromLong(frame.loadLong(0));
        }
        UncaughtException.report(exception);
    }

    /** The index in {@code code.handlers} of the first handler covering {@code bci} that catches it, or -1. */
    private static int handlerFor(CodeInfo code, int bci, Throwable exception) {
        int[] handlers = code.handlers;
        for (int i = 0; i < handlers.length; i += 4) {
            if (bci >= handlers[i] && bci < handlers[i + 1]) {
                org.keelvm.vm.object.Hub type = code.catchTypes[i / 4];
                if (type == null || TypeCheck.isInstance(exception, type)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
