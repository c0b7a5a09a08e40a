package org.keelvm.jit.asm;

import java.util.ArrayList;
import java.util.List;

/** Intel-syntax spellings of operands and the operand sets the generators combine. */
final class Syntax {

    static final Register[] REGS = Register.values();
    static final Xmm[] XMMS = Xmm.values();
    static final OperandSize[] SIZES = OperandSize.values();
    static final Condition[] CONDITIONS = Condition.values();

    private static final String[] NAMES64 = {
        "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
        "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"};
    private static final String[] NAMES32 = {
        "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi",
        "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d"};
    private static final String[] NAMES16 = {
        "ax", "cx", "dx", "bx", "sp", "bp", "si", "di",
        "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w", "r15w"};
    private static final String[] NAMES8 = {
        "al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil",
        "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b"};
    private static final String[] CC = {
        "o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"};

    private Syntax() {
    }

    /** Returns the name of {@code r} at width {@code size}. */
    static String reg(Register r, OperandSize size) {
        switch (size) {
            case BYTE:
                return NAMES8[r.encoding()];
            case WORD:
                return NAMES16[r.encoding()];
            case DWORD:
                return NAMES32[r.encoding()];
            default:
                return NAMES64[r.encoding()];
        }
    }

    /** Returns the 64-bit name of {@code r}. */
    static String reg(Register r) {
        return NAMES64[r.encoding()];
    }

    /** Returns the name of an XMM register. */
    static String xmm(Xmm x) {
        return "xmm" + x.encoding();
    }

    /** Returns the condition suffix of jcc/setcc/cmovcc. */
    static String cc(Condition c) {
        return CC[c.encoding()];
    }

    /** Returns the size keyword, e.g. {@code DWORD PTR }. */
    static String ptr(OperandSize size) {
        return size.name() + " PTR ";
    }

    /** Returns {@code ptr(size) + m.text()}. */
    static String mem(OperandSize size, MemOperand m) {
        return ptr(size) + m.text();
    }

    /** Returns " + d" / " - d" / "" for a displacement. */
    private static String disp(long d) {
        return d == 0 ? "" : d > 0 ? " + " + d : " - " + (-d);
    }

    static MemOperand base(Register b, int d) {
        return new MemOperand(Memory.at(b, d), "[" + reg(b) + disp(d) + "]");
    }

    static MemOperand baseIndex(Register b, Register i, int scale, int d) {
        return new MemOperand(Memory.at(b, i, scale, d), "[" + reg(b) + " + " + reg(i) + "*" + scale + disp(d) + "]");
    }

    static MemOperand indexed(Register i, int scale, int d) {
        return new MemOperand(Memory.indexed(i, scale, d), "[" + reg(i) + "*" + scale + disp(d) + "]");
    }

    static MemOperand absolute(int address) {
        return new MemOperand(Memory.absolute(address), "[" + address + "]");
    }

    static MemOperand rip(int d) {
        return new MemOperand(Memory.rip(d), "[rip" + disp(d) + "]");
    }

    /** A handful of operands covering every addressing form, for crossing with every instruction. */
    static List<MemOperand> smallMemorySet() {
        List<MemOperand> list = new ArrayList<>();
        list.add(base(Register.RAX, 0));
        list.add(base(Register.RSP, 8));
        list.add(base(Register.RBP, 0));
        list.add(base(Register.R13, 0x12345));
        list.add(base(Register.R12, -4));
        list.add(baseIndex(Register.R12, Register.R13, 4, -128));
        list.add(baseIndex(Register.R8, Register.RAX, 2, 127));
        list.add(baseIndex(Register.RBX, Register.R15, 1, 0));
        list.add(indexed(Register.RCX, 8, 0x40));
        list.add(absolute(0x1000));
        list.add(rip(0x20));
        return list;
    }

    /** Every addressing form with every base, index, scale and displacement class. */
    static List<MemOperand> fullMemorySet() {
        List<MemOperand> list = new ArrayList<>();
        int[] disps = {0, 1, -1, 127, -128, 128, -129, 0x7fffffff, 0x80000000};
        for (Register b : REGS) {
            for (int d : disps) {
                list.add(base(b, d));
            }
        }
        Register[] bases = {Register.RAX, Register.RSP, Register.RBP, Register.R12, Register.R13, Register.R15};
        for (Register b : bases) {
            for (Register i : REGS) {
                if (i == Register.RSP) {
                    continue;
                }
                for (int scale = 1; scale <= 8; scale *= 2) {
                    list.add(baseIndex(b, i, scale, 0));
                    list.add(baseIndex(b, i, scale, 64));
                    list.add(baseIndex(b, i, scale, -0x1000));
                }
            }
        }
        for (Register i : REGS) {
            if (i == Register.RSP) {
                continue;
            }
            for (int scale = 1; scale <= 8; scale *= 2) {
                list.add(indexed(i, scale, 0));
                list.add(indexed(i, scale, -8));
                list.add(indexed(i, scale, 0x12345678));
            }
        }
        for (int a : new int[] {0, 8, -8, 0x1234, 0x7fffffff, 0x80000000}) {
            list.add(absolute(a));
        }
        for (int d : new int[] {0, 16, -16, 0x7fffffff, 0x80000000}) {
            list.add(rip(d));
        }
        return list;
    }

    /** Immediates with every width and sign edge, restricted to those valid for {@code size}. */
    static List<Integer> immediates(OperandSize size) {
        int[] all = {0, 1, -1, 2, 127, 128, -128, -129, 255, 256, 32767, -32768, 32768, 65535,
            -32769, 65536, 0x12345678, 0x7fffffff, 0x80000000};
        List<Integer> list = new ArrayList<>();
        for (int v : all) {
            boolean fits = size == OperandSize.BYTE ? v >= -128 && v <= 255
                : size == OperandSize.WORD ? v >= -32768 && v <= 65535 : true;
            if (fits) {
                list.add(v);
            }
        }
        return list;
    }
}
