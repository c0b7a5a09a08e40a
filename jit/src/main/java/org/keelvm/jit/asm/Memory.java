package org.keelvm.jit.asm;

/**
 * An immutable memory operand: one of the x86-64 addressing forms.
 *
 * <p>The factories mirror the forms GNU as produces for the equivalent Intel-syntax operand,
 * and {@link Assembler} encodes them the same way: no displacement when it is zero (except
 * with an RBP or R13 base, which need an explicit disp8 of 0), disp8 when the displacement
 * fits in a signed byte, otherwise disp32; a SIB byte whenever the base is RSP or R12.
 */
public final class Memory {

    /** The addressing form, which decides how ModRM/SIB are built. */
    enum Kind {
        /** Base register, optional index. */
        BASE,
        /** Index and scale without base: SIB base field 101, mod 00, disp32. */
        INDEXED,
        /** Absolute disp32 through a SIB byte with neither base nor index. */
        ABSOLUTE,
        /** RIP-relative disp32, either a constant or the distance to a label. */
        RIP
    }

    final Kind kind;
    final Register base;
    final Register index;
    final int scale;
    final int displacement;
    final Label target;

    private Memory(Kind kind, Register base, Register index, int scale, int displacement, Label target) {
        this.kind = kind;
        this.base = base;
        this.index = index;
        this.scale = scale;
        this.displacement = displacement;
        this.target = target;
    }

    /**
     * Addresses {@code [base]}.
     *
     * @param base the base register
     * @return the operand
     */
    public static Memory at(Register base) {
        return at(base, 0);
    }

    /**
     * Addresses {@code [base + disp]}.
     *
     * @param base the base register
     * @param disp the signed displacement
     * @return the operand
     */
    public static Memory at(Register base, int disp) {
        return new Memory(Kind.BASE, requireNonNull(base, "base"), null, 1, disp, null);
    }

    /**
     * Addresses {@code [base + index*scale + disp]}.
     *
     * @param base the base register
     * @param index the index register; RSP cannot be an index
     * @param scale 1, 2, 4 or 8
     * @param disp the signed displacement
     * @return the operand
     */
    public static Memory at(Register base, Register index, int scale, int disp) {
        requireNonNull(base, "base");
        checkIndex(index, scale);
        return new Memory(Kind.BASE, base, index, scale, disp, null);
    }

    /**
     * Addresses {@code [index*scale + disp32]} with no base register.
     *
     * @param index the index register; RSP cannot be an index
     * @param scale 1, 2, 4 or 8
     * @param disp the signed 32-bit displacement
     * @return the operand
     */
    public static Memory indexed(Register index, int scale, int disp) {
        checkIndex(index, scale);
        return new Memory(Kind.INDEXED, null, index, scale, disp, null);
    }

    /**
     * Addresses the absolute address {@code address}, sign-extended to 64 bits. The encoding
     * (SIB with neither base nor index) means the same in 32-bit code, unlike the ModRM-only
     * disp32 form which is RIP-relative in 64-bit mode.
     *
     * @param address the absolute address
     * @return the operand
     */
    public static Memory absolute(int address) {
        return new Memory(Kind.ABSOLUTE, null, null, 1, address, null);
    }

    /**
     * Addresses {@code target} relative to the instruction pointer; the displacement is
     * resolved by {@link Assembler#finish()}.
     *
     * @param target the label to address
     * @return the operand
     */
    public static Memory rip(Label target) {
        return new Memory(Kind.RIP, null, null, 1, 0, requireNonNull(target, "target"));
    }

    /**
     * Addresses {@code [rip + disp]}: {@code disp} bytes after the end of the instruction.
     *
     * @param disp the signed displacement from the next instruction
     * @return the operand
     */
    public static Memory rip(int disp) {
        return new Memory(Kind.RIP, null, null, 1, disp, null);
    }

    private static void checkIndex(Register index, int scale) {
        requireNonNull(index, "index");
        if (index == Register.RSP) {
            throw new IllegalArgumentException("RSP cannot be an index register");
        }
        if (scale != 1 && scale != 2 && scale != 4 && scale != 8) {
            throw new IllegalArgumentException("scale must be 1, 2, 4 or 8: " + scale);
        }
    }

    private static <T> T requireNonNull(T value, String what) {
        if (value == null) {
            throw new NullPointerException(what);
        }
        return value;
    }

    /**
     * Renders the operand in Intel syntax, for diagnostics.
     *
     * @return e.g. {@code [RBX + RCX*4 + 16]}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        switch (kind) {
            case BASE:
                sb.append(base);
                if (index != null) {
                    sb.append(" + ").append(index).append('*').append(scale);
                }
                break;
            case INDEXED:
                sb.append(index).append('*').append(scale);
                break;
            case ABSOLUTE:
                sb.append(displacement).append(']');
                return sb.toString();
            default:
                sb.append("RIP");
                if (target != null) {
                    return sb.append(" + label]").toString();
                }
                break;
        }
        if (displacement != 0) {
            sb.append(displacement < 0 ? " - " : " + ").append(Math.abs((long) displacement));
        }
        return sb.append(']').toString();
    }
}
