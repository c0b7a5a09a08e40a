package org.keelvm.jit.asm;

import static org.keelvm.jit.asm.Syntax.REGS;
import static org.keelvm.jit.asm.Syntax.XMMS;
import static org.keelvm.jit.asm.Syntax.mem;
import static org.keelvm.jit.asm.Syntax.reg;
import static org.keelvm.jit.asm.Syntax.xmm;

import java.util.List;

/** Oracle forms for the SSE/SSE2 scalar instructions, over all sixteen XMM registers. */
final class SseForms {

    /** Register form of a two-operand SSE instruction. */
    interface XmmXmm {
        void emit(Assembler a, Xmm dst, Xmm src);
    }

    /** Memory-source form of a two-operand SSE instruction. */
    interface XmmMem {
        void emit(Assembler a, Xmm dst, Memory src);
    }

    private record Op(String name, XmmXmm rr, XmmMem rm) {
    }

    private static final Op[] OPS = {
        new Op("movss", Assembler::movss, Assembler::movss),
        new Op("movsd", Assembler::movsd, Assembler::movsd),
        new Op("addss", Assembler::addss, Assembler::addss),
        new Op("addsd", Assembler::addsd, Assembler::addsd),
        new Op("subss", Assembler::subss, Assembler::subss),
        new Op("subsd", Assembler::subsd, Assembler::subsd),
        new Op("mulss", Assembler::mulss, Assembler::mulss),
        new Op("mulsd", Assembler::mulsd, Assembler::mulsd),
        new Op("divss", Assembler::divss, Assembler::divss),
        new Op("divsd", Assembler::divsd, Assembler::divsd),
        new Op("sqrtss", Assembler::sqrtss, Assembler::sqrtss),
        new Op("sqrtsd", Assembler::sqrtsd, Assembler::sqrtsd),
        new Op("minss", Assembler::minss, Assembler::minss),
        new Op("minsd", Assembler::minsd, Assembler::minsd),
        new Op("maxss", Assembler::maxss, Assembler::maxss),
        new Op("maxsd", Assembler::maxsd, Assembler::maxsd),
        new Op("ucomiss", Assembler::ucomiss, Assembler::ucomiss),
        new Op("ucomisd", Assembler::ucomisd, Assembler::ucomisd),
        new Op("comiss", Assembler::comiss, Assembler::comiss),
        new Op("comisd", Assembler::comisd, Assembler::comisd),
        new Op("cvtss2sd", Assembler::cvtss2sd, Assembler::cvtss2sd),
        new Op("cvtsd2ss", Assembler::cvtsd2ss, Assembler::cvtsd2ss),
        new Op("xorps", Assembler::xorps, Assembler::xorps),
        new Op("xorpd", Assembler::xorpd, Assembler::xorpd),
        new Op("andps", Assembler::andps, Assembler::andps),
        new Op("andpd", Assembler::andpd, Assembler::andpd),
        new Op("andnps", Assembler::andnps, Assembler::andnps),
        new Op("andnpd", Assembler::andnpd, Assembler::andnpd),
        new Op("orps", Assembler::orps, Assembler::orps),
        new Op("orpd", Assembler::orpd, Assembler::orpd),
    };

    private static final OperandSize[] INT_SIZES = {OperandSize.DWORD, OperandSize.QWORD};

    private SseForms() {
    }

    static void addAll(FormList out) {
        List<MemOperand> mems = Syntax.smallMemorySet();
        for (Op op : OPS) {
            for (Xmm d : XMMS) {
                for (Xmm s : XMMS) {
                    out.add(op.name + " " + xmm(d) + ", " + xmm(s), a -> op.rr.emit(a, d, s));
                }
                for (MemOperand m : mems) {
                    out.add(op.name + " " + xmm(d) + ", " + m.text(), a -> op.rm.emit(a, d, m.memory()));
                }
            }
        }
        for (Xmm d : XMMS) {
            for (Xmm s : XMMS) {
                out.add("movaps " + xmm(d) + ", " + xmm(s), a -> a.movaps(d, s));
                out.add("movapd " + xmm(d) + ", " + xmm(s), a -> a.movapd(d, s));
            }
            for (MemOperand m : mems) {
                out.add("movss " + m.text() + ", " + xmm(d), a -> a.movss(m.memory(), d));
                out.add("movsd " + m.text() + ", " + xmm(d), a -> a.movsd(m.memory(), d));
                out.add("movq " + xmm(d) + ", " + mem(OperandSize.QWORD, m), a -> a.movq(d, m.memory()));
                out.add("movq " + mem(OperandSize.QWORD, m) + ", " + xmm(d), a -> a.movq(m.memory(), d));
                out.add("movd " + mem(OperandSize.DWORD, m) + ", " + xmm(d), a -> a.movd(m.memory(), d));
                out.add("movd " + xmm(d) + ", " + mem(OperandSize.DWORD, m), a -> a.movd(d, m.memory()));
            }
            for (Register r : REGS) {
                out.add("movd " + xmm(d) + ", " + reg(r, OperandSize.DWORD), a -> a.movd(d, r));
                out.add("movd " + reg(r, OperandSize.DWORD) + ", " + xmm(d), a -> a.movd(r, d));
                out.add("movq " + xmm(d) + ", " + reg(r), a -> a.movq(d, r));
                out.add("movq " + reg(r) + ", " + xmm(d), a -> a.movq(r, d));
                for (OperandSize s : INT_SIZES) {
                    out.add("cvtsi2ss " + xmm(d) + ", " + reg(r, s), a -> a.cvtsi2ss(s, d, r));
                    out.add("cvtsi2sd " + xmm(d) + ", " + reg(r, s), a -> a.cvtsi2sd(s, d, r));
                    out.add("cvttss2si " + reg(r, s) + ", " + xmm(d), a -> a.cvttss2si(s, r, d));
                    out.add("cvttsd2si " + reg(r, s) + ", " + xmm(d), a -> a.cvttsd2si(s, r, d));
                }
            }
        }
        for (OperandSize s : INT_SIZES) {
            for (MemOperand m : mems) {
                for (Xmm x : new Xmm[] {Xmm.XMM0, Xmm.XMM7, Xmm.XMM8, Xmm.XMM15}) {
                    out.add("cvtsi2ss " + xmm(x) + ", " + mem(s, m), a -> a.cvtsi2ss(s, x, m.memory()));
                    out.add("cvtsi2sd " + xmm(x) + ", " + mem(s, m), a -> a.cvtsi2sd(s, x, m.memory()));
                }
                for (Register r : new Register[] {Register.RAX, Register.RBP, Register.R8, Register.R14}) {
                    out.add("cvttss2si " + reg(r, s) + ", " + mem(OperandSize.DWORD, m), a -> a.cvttss2si(s, r, m.memory()));
                    out.add("cvttsd2si " + reg(r, s) + ", " + mem(OperandSize.QWORD, m), a -> a.cvttsd2si(s, r, m.memory()));
                }
            }
        }
    }
}
