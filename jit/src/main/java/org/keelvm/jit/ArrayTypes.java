package org.keelvm.jit;

import org.objectweb.asm.Opcodes;

/** Names of array classes as bytecode spells them. */
public final class ArrayTypes {
    private ArrayTypes() {
    }

    /** The array class descriptor that a {@code newarray} operand ({@code T_INT}, ...) creates. */
    public static String primitiveArray(int operand) {
        return switch (operand) {
            case Opcodes.T_BOOLEAN -> "[Z";
            case Opcodes.T_CHAR -> "[C";
            case Opcodes.T_FLOAT -> "[F";
            case Opcodes.T_DOUBLE -> "[D";
            case Opcodes.T_BYTE -> "[B";
            case Opcodes.T_SHORT -> "[S";
            case Opcodes.T_INT -> "[I";
            default -> "[J";
        };
    }

    /** The array class whose elements are of type {@code element} (an internal name or an array descriptor). */
    public static String arrayOf(String element) {
        return element.startsWith("[") ? "[" + element : "[L" + element + ";";
    }
}
