package org.keelvm.jit.asm;

import static org.keelvm.jit.asm.Syntax.CONDITIONS;
import static org.keelvm.jit.asm.Syntax.REGS;
import static org.keelvm.jit.asm.Syntax.SIZES;
import static org.keelvm.jit.asm.Syntax.cc;
import static org.keelvm.jit.asm.Syntax.mem;
import static org.keelvm.jit.asm.Syntax.reg;

import java.util.List;

/** Oracle forms for unary arithmetic, imul, shifts, setcc/cmov and the bit instructions. */
final class ArithmeticForms {

    /** Register form of a sized one-operand instruction. */
    interface UnaryReg {
        void emit(Assembler a, OperandSize s, Register r);
    }

    /** Memory form of a sized one-operand instruction. */
    interface UnaryMem {
        void emit(Assembler a, OperandSize s, Memory m);
    }

    /** Register form of a shift by an immediate. */
    interface ShiftReg {
        void emit(Assembler a, OperandSize s, Register r, int count);
    }

    /** Memory form of a shift by an immediate. */
    interface ShiftMem {
        void emit(Assembler a, OperandSize s, Memory m, int count);
    }

    private record Unary(String name, UnaryReg reg, UnaryMem mem) {
    }

    private record Shift(String name, ShiftReg reg, ShiftMem mem, UnaryReg regCl, UnaryMem memCl) {
    }

    private static final Unary[] UNARY = {
        new Unary("inc", Assembler::inc, Assembler::inc),
        new Unary("dec", Assembler::dec, Assembler::dec),
        new Unary("neg", Assembler::neg, Assembler::neg),
        new Unary("not", Assembler::not, Assembler::not),
        new Unary("mul", Assembler::mul, Assembler::mul),
        new Unary("imul", Assembler::imul, Assembler::imul),
        new Unary("div", Assembler::div, Assembler::div),
        new Unary("idiv", Assembler::idiv, Assembler::idiv),
    };

    private static final Shift[] SHIFTS = {
        new Shift("shl", Assembler::shl, Assembler::shl, Assembler::shlCl, Assembler::shlCl),
        new Shift("shr", Assembler::shr, Assembler::shr, Assembler::shrCl, Assembler::shrCl),
        new Shift("sar", Assembler::sar, Assembler::sar, Assembler::sarCl, Assembler::sarCl),
        new Shift("rol", Assembler::rol, Assembler::rol, Assembler::rolCl, Assembler::rolCl),
        new Shift("ror", Assembler::ror, Assembler::ror, Assembler::rorCl, Assembler::rorCl),
    };

    private static final OperandSize[] WIDE = {OperandSize.WORD, OperandSize.DWORD, OperandSize.QWORD};

    private ArithmeticForms() {
    }

    static void addAll(FormList out) {
        List<MemOperand> mems = Syntax.smallMemorySet();
        for (OperandSize s : SIZES) {
            for (Unary op : UNARY) {
                for (Register r : REGS) {
                    out.add(op.name + " " + reg(r, s), a -> op.reg.emit(a, s, r));
                }
                for (MemOperand m : mems) {
                    out.add(op.name + " " + mem(s, m), a -> op.mem.emit(a, s, m.memory()));
                }
            }
            for (Shift op : SHIFTS) {
                for (Register r : REGS) {
                    for (int count : new int[] {0, 1, 2, 7, 31, 63, 255}) {
                        out.add(op.name + " " + reg(r, s) + ", " + count, a -> op.reg.emit(a, s, r, count));
                    }
                    out.add(op.name + " " + reg(r, s) + ", cl", a -> op.regCl.emit(a, s, r));
                }
                for (MemOperand m : mems) {
                    for (int count : new int[] {1, 3}) {
                        out.add(op.name + " " + mem(s, m) + ", " + count, a -> op.mem.emit(a, s, m.memory(), count));
                    }
                    out.add(op.name + " " + mem(s, m) + ", cl", a -> op.memCl.emit(a, s, m.memory()));
                }
            }
        }
        multiply(out, mems);
        conditions(out, mems);
        bits(out);
    }

    private static void multiply(FormList out, List<MemOperand> mems) {
        int[] factors = {0, 1, -1, 127, 128, -128, -129, 1000, 32767, -32768, 0x7fffffff, 0x80000000};
        for (OperandSize s : WIDE) {
            for (Register d : REGS) {
                for (Register r : REGS) {
                    out.add("imul " + reg(d, s) + ", " + reg(r, s), a -> a.imul(s, d, r));
                    out.add("imul " + reg(d, s) + ", " + reg(r, s) + ", 3", a -> a.imul(s, d, r, 3));
                }
                for (int imm : factors) {
                    if (s == OperandSize.WORD && (imm < -32768 || imm > 65535)) {
                        continue;
                    }
                    out.add("imul " + reg(d, s) + ", " + reg(Register.R9, s) + ", " + imm,
                        a -> a.imul(s, d, Register.R9, imm));
                }
                for (MemOperand m : mems) {
                    out.add("imul " + reg(d, s) + ", " + mem(s, m), a -> a.imul(s, d, m.memory()));
                    out.add("imul " + reg(d, s) + ", " + mem(s, m) + ", 5", a -> a.imul(s, d, m.memory(), 5));
                    out.add("imul " + reg(d, s) + ", " + mem(s, m) + ", 500", a -> a.imul(s, d, m.memory(), 500));
                }
            }
        }
    }

    private static void conditions(FormList out, List<MemOperand> mems) {
        for (Condition c : CONDITIONS) {
            for (Register r : REGS) {
                out.add("set" + cc(c) + " " + reg(r, OperandSize.BYTE), a -> a.setcc(c, r));
            }
            for (OperandSize s : WIDE) {
                for (int i = 0; i < REGS.length; i++) {
                    Register d = REGS[i];
                    // Each destination meets a low, an extended and a varying source register.
                    for (Register r : new Register[] {Register.RSP, Register.R13, REGS[(i * 7 + c.ordinal()) % 16]}) {
                        out.add("cmov" + cc(c) + " " + reg(d, s) + ", " + reg(r, s), a -> a.cmov(c, s, d, r));
                    }
                }
                for (MemOperand m : mems) {
                    out.add("cmov" + cc(c) + " " + reg(Register.R10, s) + ", " + mem(s, m),
                        a -> a.cmov(c, s, Register.R10, m.memory()));
                }
            }
        }
    }

    private static void bits(FormList out) {
        out.add("cbw", Assembler::cbw);
        out.add("cwde", Assembler::cwde);
        out.add("cdqe", Assembler::cdqe);
        out.add("cwd", Assembler::cwd);
        out.add("cdq", Assembler::cdq);
        out.add("cqo", Assembler::cqo);
        for (Register r : REGS) {
            out.add("bswap " + reg(r, OperandSize.DWORD), a -> a.bswap(OperandSize.DWORD, r));
            out.add("bswap " + reg(r), a -> a.bswap(OperandSize.QWORD, r));
        }
        for (OperandSize s : WIDE) {
            for (Register d : REGS) {
                for (Register r : REGS) {
                    out.add("bsf " + reg(d, s) + ", " + reg(r, s), a -> a.bsf(s, d, r));
                    out.add("bsr " + reg(d, s) + ", " + reg(r, s), a -> a.bsr(s, d, r));
                    out.add("popcnt " + reg(d, s) + ", " + reg(r, s), a -> a.popcnt(s, d, r));
                    out.add("lzcnt " + reg(d, s) + ", " + reg(r, s), a -> a.lzcnt(s, d, r));
                    out.add("tzcnt " + reg(d, s) + ", " + reg(r, s), a -> a.tzcnt(s, d, r));
                }
            }
        }
    }
}
