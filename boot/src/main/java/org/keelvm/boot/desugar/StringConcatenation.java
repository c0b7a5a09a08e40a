package org.keelvm.boot.desugar;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodNode;

/**
 * A {@code StringConcatFactory} call site as a static method of the host class that builds the string with a
 * {@code StringBuilder}. The recipe of {@code makeConcatWithConstants} holds literal text, {@code \u0001} for the next
 * argument and {@code \u0002} for the next bootstrap constant; {@code makeConcat} concatenates its arguments.
 *
 * <p>Each argument is appended with the overload that gives {@code String.valueOf} of its static type: {@code char}
 * as a character, {@code boolean}, {@code int} (also for {@code byte} and {@code short}), {@code long},
 * {@code float}, {@code double}, {@code String}, and every other reference (including {@code char[]}) as
 * {@code Object}, so that {@code null} gives {@code "null"} and arrays give their identity string.
 */
final class StringConcatenation {
    private static final String BUILDER = "java/lang/StringBuilder";
    private static final char ARGUMENT = '\u0001';
    private static final char CONSTANT = '\u0002';

    private StringConcatenation() {
    }

    /**
     * @param name       name of the method
     * @param access     its access flags (static is added)
     * @param descriptor the call site's type: the arguments, returning {@code String}
     * @param recipe     the recipe, or {@code null} for {@code makeConcat}
     * @param constants  the bootstrap constants the recipe refers to
     */
    static MethodNode method(String name, int access, String descriptor, String recipe, Object[] constants) {
        Type[] arguments = Type.getArgumentTypes(descriptor);
        if (recipe == null) {
            recipe = String.valueOf(ARGUMENT).repeat(arguments.length);
        }
        MethodNode mv = new MethodNode(access | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, name, descriptor, null,
                null);
        mv.visitCode();
        mv.visitTypeInsn(Opcodes.NEW, BUILDER);
        mv.visitInsn(Opcodes.DUP);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, BUILDER, "<init>", "()V", false);
        StringBuilder literal = new StringBuilder();
        int argument = 0;
        int slot = 0;
        int constant = 0;
        for (int i = 0; i < recipe.length(); i++) {
            char c = recipe.charAt(i);
            if (c == ARGUMENT) {
                appendLiteral(mv, literal);
                Type type = arguments[argument++];
                mv.visitVarInsn(type.getOpcode(Opcodes.ILOAD), slot);
                slot += type.getSize();
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, BUILDER, "append",
                        "(" + appendParameter(type) + ")Ljava/lang/StringBuilder;", false);
            } else if (c == CONSTANT) {
                literal.append(constants[constant++]);
            } else {
                literal.append(c);
            }
        }
        appendLiteral(mv, literal);
        if (argument != arguments.length || constant != constants.length) {
            throw new IllegalArgumentException("recipe uses " + argument + " of " + arguments.length
                    + " arguments and " + constant + " of " + constants.length + " constants");
        }
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, BUILDER, "toString", "()Ljava/lang/String;", false);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        return mv;
    }

    private static void appendLiteral(MethodNode mv, StringBuilder literal) {
        if (literal.length() > 0) {
            mv.visitLdcInsn(literal.toString());
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, BUILDER, "append",
                    "(Ljava/lang/String;)Ljava/lang/StringBuilder;", false);
            literal.setLength(0);
        }
    }

    private static String appendParameter(Type type) {
        return type.getDescriptor().equals("Ljava/lang/String;") ? "Ljava/lang/String;" : conversionParameter(type);
    }

    /**
     * The parameter type of the {@code StringBuilder.append}/{@code String.valueOf} overload that converts a value of
     * {@code type} as Java's string conversion does: {@code byte} and {@code short} as {@code int}, references as
     * {@code Object}.
     */
    static String conversionParameter(Type type) {
        switch (type.getSort()) {
            case Type.BOOLEAN: return "Z";
            case Type.CHAR: return "C";
            case Type.BYTE:
            case Type.SHORT:
            case Type.INT: return "I";
            case Type.LONG: return "J";
            case Type.FLOAT: return "F";
            case Type.DOUBLE: return "D";
            default: return "Ljava/lang/Object;";
        }
    }
}
