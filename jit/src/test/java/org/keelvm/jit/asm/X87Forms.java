package org.keelvm.jit.asm;

import static org.keelvm.jit.asm.Syntax.mem;

/** Oracle forms for the x87 instructions: loads and stores over every addressing form, stack and status forms. */
final class X87Forms {

    private X87Forms() {
    }

    static void addAll(FormList out) {
        for (MemOperand m : Syntax.fullMemorySet()) {
            for (OperandSize size : new OperandSize[] {OperandSize.DWORD, OperandSize.QWORD}) {
                out.add("fld " + mem(size, m), a -> a.fld(size, m.memory()));
                out.add("fstp " + mem(size, m), a -> a.fstp(size, m.memory()));
            }
        }
        for (MemOperand m : Syntax.smallMemorySet()) {
            out.add("fnstcw " + mem(OperandSize.WORD, m), a -> a.fnstcw(m.memory()));
            out.add("fldcw " + mem(OperandSize.WORD, m), a -> a.fldcw(m.memory()));
        }
        for (int i = 0; i < 8; i++) {
            int st = i;
            out.add("fstp st(" + st + ")", a -> a.fstp(st));
            out.add("fxch st(" + st + ")", a -> a.fxch(st));
            out.add("ffree st(" + st + ")", a -> a.ffree(st));
        }
        out.add("fprem", Assembler::fprem);
        out.add("fninit", Assembler::fninit);
        out.add("fnclex", Assembler::fnclex);
        out.add("fnstsw ax", Assembler::fnstswAx);
        out.add("fstsw ax", Assembler::fstswAx);
        out.add("fwait", Assembler::fwait);
        out.add("sahf", Assembler::sahf);
    }
}
