package org.keelvm.jit.baseline;

import static org.keelvm.jit.asm.OperandSize.BYTE;
import static org.keelvm.jit.asm.OperandSize.DWORD;
import static org.keelvm.jit.asm.OperandSize.QWORD;
import static org.keelvm.jit.asm.OperandSize.WORD;

import org.keelvm.jit.asm.Assembler;
import org.keelvm.jit.asm.Memory;
import org.keelvm.jit.asm.Register;

/**
 * Loads and stores of a field's or an array element's value by its type: what static fields, instance fields and
 * array elements share. A value travels in an expression-stack slot as the JVMS computational type has it: the
 * narrow integer types widened to {@code int} in the low 32 bits, {@code float} in the low 32 bits, the rest whole.
 */
final class FieldValues {
    private FieldValues() {
    }

    /** Loads the value of type {@code type} (a descriptor's first character) at {@code from} into {@code rax}. */
    static void load(Assembler asm, char type, Memory from) {
        switch (type) {
            case 'Z' -> asm.movzx(DWORD, Register.RAX, BYTE, from);
            case 'B' -> asm.movsx(DWORD, Register.RAX, BYTE, from);
            case 'C' -> asm.movzx(DWORD, Register.RAX, WORD, from);
            case 'S' -> asm.movsx(DWORD, Register.RAX, WORD, from);
            case 'I', 'F' -> asm.mov(DWORD, Register.RAX, from);
            default -> asm.mov(QWORD, Register.RAX, from);
        }
    }

    /** Stores {@code value}, a slot's contents of type {@code type}, at {@code to}; may modify {@code value}. */
    static void store(Assembler asm, char type, Memory to, Register value) {
        switch (type) {
            case 'Z' -> {
                // JVMS putfield/putstatic/bastore: a boolean stores only bit 0 of the int value.
                asm.and(DWORD, value, 1);
                asm.mov(BYTE, to, value);
            }
            case 'B' -> asm.mov(BYTE, to, value);
            case 'C', 'S' -> asm.mov(WORD, to, value);
            case 'I', 'F' -> asm.mov(DWORD, to, value);
            default -> asm.mov(QWORD, to, value);
        }
    }
}
