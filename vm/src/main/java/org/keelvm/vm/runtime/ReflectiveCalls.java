package org.keelvm.vm.runtime;

import org.keelvm.hal.Address;
import org.keelvm.hal.Cpu;
import org.keelvm.vm.object.Hub;
import org.keelvm.vm.object.MethodDeclaration;

/**
 * Calls compiled methods whose signature is known only at run time: the engine of {@code Method.invoke} and
 * {@code Constructor.newInstance}. Arguments arrive as raw 64-bit values (an int sign-extended, a float's or
 * double's bits, a reference's address) and are placed as the calling convention of all Keel code places them:
 * every argument in an 8-byte stack slot, the first six integer or reference arguments also in registers, the first
 * eight floating-point ones in XMM registers.
 *
 * <p>References travel as addresses in {@code long[]}s, out of the collector's sight: they stay reachable through
 * the caller's boxed argument array, but a moving collector must not move them between the unboxing and the call
 * (the collector issue has to pin them or make this path a no-safepoint region).
 */
public final class ReflectiveCalls {
    private static final int INTEGER_REGISTERS = 6;
    private static final int FLOAT_REGISTERS = 8;

    private ReflectiveCalls() {
    }

    /**
     * Calls {@code method} with {@code arguments} (the receiver first for an instance method) as raw values and
     * returns the raw result: the bits of a {@code float} or {@code double}, the address of a reference, an integer
     * sign-extended. The method must be compiled.
     */
    public static long call(MethodDeclaration method, boolean hasReceiver, long[] arguments) {
        String descriptor = method.descriptor;
        long[] registers = new long[INTEGER_REGISTERS + FLOAT_REGISTERS];
        int integers = 0;
        int floats = 0;
        int position = 1;
        for (int i = 0; i < arguments.length; i++) {
            char kind = 'L';
            if (!hasReceiver || i > 0) {
                kind = descriptor.charAt(position);
                position = nextParameter(descriptor, position);
            }
            if (kind == 'F' || kind == 'D') {
                if (floats < FLOAT_REGISTERS) {
                    registers[INTEGER_REGISTERS + floats++] = arguments[i];
                }
            } else if (integers < INTEGER_REGISTERS) {
                registers[integers++] = arguments[i];
            }
        }
        char result = descriptor.charAt(descriptor.indexOf(')') + 1);
        long entry = Address.fromLong(method.entrySlot).loadLong(0);
        return Cpu.callWithArguments(Address.fromLong(entry), arguments, registers, result == 'F' || result == 'D');
    }

    /** The position in {@code descriptor} of the parameter after the one at {@code position}. */
    public static int nextParameter(String descriptor, int position) {
        while (descriptor.charAt(position) == '[') {
            position++;
        }
        if (descriptor.charAt(position) == 'L') {
            position = descriptor.indexOf(';', position);
        }
        return position + 1;
    }

    /**
     * The method that a call of {@code declared} on an instance of {@code receiver} runs: the nearest declaration with
     * the same name and descriptor in the receiver's class or a superclass, else a default method of one of its
     * interfaces; {@code null} if none is compiled.
     */
    public static MethodDeclaration select(Hub receiver, MethodDeclaration declared) {
        for (Hub hub = receiver; hub != null; hub = hub.superHub) {
            MethodDeclaration found = compiled(hub, declared);
            if (found != null) {
                return found;
            }
        }
        for (Hub candidate : receiver.interfaces) {
            MethodDeclaration found = compiled(candidate, declared);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static MethodDeclaration compiled(Hub hub, MethodDeclaration declared) {
        if (hub.declaration == null) {
            return null;
        }
        for (MethodDeclaration method : hub.declaration.methods) {
            if (method.entrySlot != 0 && (method.modifiers & (0x0002 | 0x0008 | 0x0400)) == 0
                    && method.name.equals(declared.name) && method.descriptor.equals(declared.descriptor)) {
                return method;
            }
        }
        return null;
    }
}
