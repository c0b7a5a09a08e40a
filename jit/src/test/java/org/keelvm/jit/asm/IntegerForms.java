package org.keelvm.jit.asm;

import static org.keelvm.jit.asm.Syntax.REGS;
import static org.keelvm.jit.asm.Syntax.SIZES;
import static org.keelvm.jit.asm.Syntax.mem;
import static org.keelvm.jit.asm.Syntax.reg;

import java.util.List;

/** Oracle forms for the ALU group, moves, test, xchg and the atomic instructions. */
final class IntegerForms {

    /** Register-register form of a sized instruction. */
    interface RegReg {
        void emit(Assembler a, OperandSize s, Register dst, Register src);
    }

    /** Register-memory form. */
    interface RegMem {
        void emit(Assembler a, OperandSize s, Register dst, Memory src);
    }

    /** Memory-register form. */
    interface MemReg {
        void emit(Assembler a, OperandSize s, Memory dst, Register src);
    }

    /** Register-immediate form. */
    interface RegImm {
        void emit(Assembler a, OperandSize s, Register dst, int imm);
    }

    /** Memory-immediate form. */
    interface MemImm {
        void emit(Assembler a, OperandSize s, Memory dst, int imm);
    }

    /** One ALU operation in all its shapes. */
    private record Alu(String name, RegReg rr, RegMem rm, MemReg mr, RegImm ri, MemImm mi) {
    }

    private static final Alu[] ALU = {
        new Alu("add", Assembler::add, Assembler::add, Assembler::add, Assembler::add, Assembler::add),
        new Alu("or", Assembler::or, Assembler::or, Assembler::or, Assembler::or, Assembler::or),
        new Alu("adc", Assembler::adc, Assembler::adc, Assembler::adc, Assembler::adc, Assembler::adc),
        new Alu("sbb", Assembler::sbb, Assembler::sbb, Assembler::sbb, Assembler::sbb, Assembler::sbb),
        new Alu("and", Assembler::and, Assembler::and, Assembler::and, Assembler::and, Assembler::and),
        new Alu("sub", Assembler::sub, Assembler::sub, Assembler::sub, Assembler::sub, Assembler::sub),
        new Alu("xor", Assembler::xor, Assembler::xor, Assembler::xor, Assembler::xor, Assembler::xor),
        new Alu("cmp", Assembler::cmp, Assembler::cmp, Assembler::cmp, Assembler::cmp, Assembler::cmp),
    };

    private IntegerForms() {
    }

    static void addAll(FormList out) {
        alu(out);
        moves(out);
        extensions(out);
        testAndExchange(out);
        atomics(out);
    }

    private static void alu(FormList out) {
        List<MemOperand> mems = Syntax.smallMemorySet();
        for (Alu op : ALU) {
            for (OperandSize s : SIZES) {
                for (Register d : REGS) {
                    for (Register r : REGS) {
                        out.add(op.name + " " + reg(d, s) + ", " + reg(r, s), a -> op.rr.emit(a, s, d, r));
                    }
                    for (MemOperand m : mems) {
                        out.add(op.name + " " + reg(d, s) + ", " + mem(s, m), a -> op.rm.emit(a, s, d, m.memory()));
                        out.add(op.name + " " + mem(s, m) + ", " + reg(d, s), a -> op.mr.emit(a, s, m.memory(), d));
                    }
                    for (int imm : Syntax.immediates(s)) {
                        out.add(op.name + " " + reg(d, s) + ", " + imm, a -> op.ri.emit(a, s, d, imm));
                    }
                }
                for (MemOperand m : mems) {
                    for (int imm : Syntax.immediates(s)) {
                        out.add(op.name + " " + mem(s, m) + ", " + imm, a -> op.mi.emit(a, s, m.memory(), imm));
                    }
                }
            }
        }
    }

    private static void moves(FormList out) {
        List<MemOperand> mems = Syntax.smallMemorySet();
        for (OperandSize s : SIZES) {
            for (Register d : REGS) {
                for (Register r : REGS) {
                    out.add("mov " + reg(d, s) + ", " + reg(r, s), a -> a.mov(s, d, r));
                }
                for (MemOperand m : mems) {
                    out.add("mov " + reg(d, s) + ", " + mem(s, m), a -> a.mov(s, d, m.memory()));
                    out.add("mov " + mem(s, m) + ", " + reg(d, s), a -> a.mov(s, m.memory(), d));
                }
                if (s != OperandSize.BYTE) {
                    for (MemOperand m : mems) {
                        out.add("lea " + reg(d, s) + ", " + m.text(), a -> a.lea(s, d, m.memory()));
                    }
                }
            }
            for (MemOperand m : mems) {
                for (int imm : Syntax.immediates(s)) {
                    out.add("mov " + mem(s, m) + ", " + imm, a -> a.mov(s, m.memory(), imm));
                }
            }
        }
        long[] wide = {0, 1, -1, 127, 128, -129, 0x7fffffffL, -0x80000000L, 0x80000000L, 0xffffffffL,
            0x100000000L, -0x80000001L, 0x123456789abcdef0L, Long.MIN_VALUE, Long.MAX_VALUE};
        for (Register d : REGS) {
            for (OperandSize s : SIZES) {
                for (int imm : Syntax.immediates(s)) {
                    out.add("mov " + reg(d, s) + ", " + imm, a -> a.mov(s, d, (long) imm));
                }
            }
            out.add("mov " + reg(d, OperandSize.DWORD) + ", 4294967295", a -> a.mov(OperandSize.DWORD, d, 0xffffffffL));
            for (long imm : wide) {
                String text = imm == (int) imm ? Long.toString(imm) : "0x" + Long.toHexString(imm);
                out.add("mov " + reg(d) + ", " + text, a -> a.mov(OperandSize.QWORD, d, imm));
            }
        }
        // Every addressing form, with registers that need REX.R and ones that do not.
        Register[] regs = {Register.RAX, Register.RDI, Register.R8, Register.R15};
        for (MemOperand m : Syntax.fullMemorySet()) {
            for (Register r : regs) {
                out.add("mov " + reg(r) + ", " + mem(OperandSize.QWORD, m), a -> a.mov(OperandSize.QWORD, r, m.memory()));
            }
            out.add("mov " + mem(OperandSize.DWORD, m) + ", r9d", a -> a.mov(OperandSize.DWORD, m.memory(), Register.R9));
            out.add("mov " + mem(OperandSize.BYTE, m) + ", sil", a -> a.mov(OperandSize.BYTE, m.memory(), Register.RSI));
            out.add("lea r10, " + m.text(), a -> a.lea(OperandSize.QWORD, Register.R10, m.memory()));
            out.add("add " + mem(OperandSize.QWORD, m) + ", 1000", a -> a.add(OperandSize.QWORD, m.memory(), 1000));
        }
    }

    private static void extensions(FormList out) {
        List<MemOperand> mems = Syntax.smallMemorySet();
        for (OperandSize ds : SIZES) {
            for (OperandSize ss : new OperandSize[] {OperandSize.BYTE, OperandSize.WORD}) {
                if (ds.bits() <= ss.bits()) {
                    continue;
                }
                for (Register d : REGS) {
                    for (Register r : REGS) {
                        out.add("movzx " + reg(d, ds) + ", " + reg(r, ss), a -> a.movzx(ds, d, ss, r));
                        out.add("movsx " + reg(d, ds) + ", " + reg(r, ss), a -> a.movsx(ds, d, ss, r));
                    }
                    for (MemOperand m : mems) {
                        out.add("movzx " + reg(d, ds) + ", " + mem(ss, m), a -> a.movzx(ds, d, ss, m.memory()));
                        out.add("movsx " + reg(d, ds) + ", " + mem(ss, m), a -> a.movsx(ds, d, ss, m.memory()));
                    }
                }
            }
        }
        for (Register d : REGS) {
            for (Register r : REGS) {
                out.add("movsxd " + reg(d) + ", " + reg(r, OperandSize.DWORD), a -> a.movsxd(d, r));
                out.add("movsxd " + reg(d) + ", " + reg(r, OperandSize.DWORD),
                    a -> a.movsx(OperandSize.QWORD, d, OperandSize.DWORD, r));
            }
            for (MemOperand m : mems) {
                out.add("movsxd " + reg(d) + ", " + mem(OperandSize.DWORD, m), a -> a.movsxd(d, m.memory()));
                out.add("movsxd " + reg(d) + ", " + mem(OperandSize.DWORD, m),
                    a -> a.movsx(OperandSize.QWORD, d, OperandSize.DWORD, m.memory()));
            }
        }
    }

    private static void testAndExchange(FormList out) {
        List<MemOperand> mems = Syntax.smallMemorySet();
        for (OperandSize s : SIZES) {
            for (Register d : REGS) {
                for (Register r : REGS) {
                    out.add("test " + reg(d, s) + ", " + reg(r, s), a -> a.test(s, d, r));
                    out.add("xchg " + reg(d, s) + ", " + reg(r, s), a -> a.xchg(s, d, r));
                }
                for (int imm : Syntax.immediates(s)) {
                    out.add("test " + reg(d, s) + ", " + imm, a -> a.test(s, d, imm));
                }
                for (MemOperand m : mems) {
                    out.add("test " + mem(s, m) + ", " + reg(d, s), a -> a.test(s, m.memory(), d));
                    out.add("xchg " + mem(s, m) + ", " + reg(d, s), a -> a.xchg(s, m.memory(), d));
                }
            }
            for (MemOperand m : mems) {
                for (int imm : Syntax.immediates(s)) {
                    out.add("test " + mem(s, m) + ", " + imm, a -> a.test(s, m.memory(), imm));
                }
            }
        }
    }

    private static void atomics(FormList out) {
        List<MemOperand> mems = Syntax.smallMemorySet();
        for (OperandSize s : SIZES) {
            for (Register r : REGS) {
                for (MemOperand m : mems) {
                    out.add("lock cmpxchg " + mem(s, m) + ", " + reg(r, s), a -> {
                        a.lock();
                        a.cmpxchg(s, m.memory(), r);
                    });
                    out.add("lock xadd " + mem(s, m) + ", " + reg(r, s), a -> {
                        a.lock();
                        a.xadd(s, m.memory(), r);
                    });
                    out.add("cmpxchg " + mem(s, m) + ", " + reg(r, s), a -> a.cmpxchg(s, m.memory(), r));
                    out.add("xadd " + mem(s, m) + ", " + reg(r, s), a -> a.xadd(s, m.memory(), r));
                }
            }
            for (MemOperand m : mems) {
                out.add("lock add " + mem(s, m) + ", 1", a -> {
                    a.lock();
                    a.add(s, m.memory(), 1);
                });
                out.add("lock or " + mem(s, m) + ", 100", a -> {
                    a.lock();
                    a.or(s, m.memory(), 100);
                });
                out.add("lock inc " + mem(s, m), a -> {
                    a.lock();
                    a.inc(s, m.memory());
                });
                out.add("lock sub " + mem(s, m) + ", " + reg(Register.R11, s), a -> {
                    a.lock();
                    a.sub(s, m.memory(), Register.R11);
                });
            }
        }
    }
}
