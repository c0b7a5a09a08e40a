package org.keelvm.jit.asm;

import static org.keelvm.jit.asm.Syntax.REGS;
import static org.keelvm.jit.asm.Syntax.mem;
import static org.keelvm.jit.asm.Syntax.reg;

import java.util.List;
import java.util.function.BiConsumer;

/** Oracle forms for stack, indirect control transfer and system instructions. */
final class SystemForms {

    private static final String[] SEGMENTS = {"es", "cs", "ss", "ds", "fs", "gs"};

    private SystemForms() {
    }

    static void addAll(FormList out) {
        stackAndCalls(out);
        noOperand(out);
        memoryOperand(out);
        registers(out);
        ports(out);
    }

    private static void stackAndCalls(FormList out) {
        List<MemOperand> mems = Syntax.fullMemorySet();
        for (Register r : REGS) {
            out.add("push " + reg(r), a -> a.push(r));
            out.add("pop " + reg(r), a -> a.pop(r));
            out.add("jmp " + reg(r), a -> a.jmp(r));
            out.add("call " + reg(r), a -> a.call(r));
        }
        for (int i = 0; i < mems.size(); i += 3) {
            MemOperand m = mems.get(i);
            out.add("push " + mem(OperandSize.QWORD, m), a -> a.push(m.memory()));
            out.add("pop " + mem(OperandSize.QWORD, m), a -> a.pop(m.memory()));
            out.add("jmp " + mem(OperandSize.QWORD, m), a -> a.jmp(m.memory()));
            out.add("call " + mem(OperandSize.QWORD, m), a -> a.call(m.memory()));
        }
        for (int imm : new int[] {0, 1, -1, 127, 128, -128, -129, 0x7fffffff, 0x80000000}) {
            out.add("push " + imm, a -> a.push(imm));
        }
        out.add("ret", Assembler::ret);
        for (int imm : new int[] {0, 8, 0x7fff, 0xffff}) {
            out.add("ret " + imm, a -> a.ret(imm));
        }
        out.add("leave", Assembler::leave);
    }

    private static void noOperand(FormList out) {
        out.add("cli", Assembler::cli);
        out.add("sti", Assembler::sti);
        out.add("hlt", Assembler::hlt);
        out.add("rdmsr", Assembler::rdmsr);
        out.add("wrmsr", Assembler::wrmsr);
        out.add("cpuid", Assembler::cpuid);
        out.add("rdtsc", Assembler::rdtsc);
        out.add("rdtscp", Assembler::rdtscp);
        out.add("pause", Assembler::pause);
        out.add("lfence", Assembler::lfence);
        out.add("mfence", Assembler::mfence);
        out.add("sfence", Assembler::sfence);
        out.add("int3", Assembler::int3);
        out.add("iretq", Assembler::iretq);
        out.add("nop", Assembler::nop);
        out.add("ud2", Assembler::ud2);
        out.add("cld", Assembler::cld);
        out.add("std", Assembler::std);
        out.add("swapgs", Assembler::swapgs);
        out.add("xgetbv", Assembler::xgetbv);
        out.add("wbinvd", Assembler::wbinvd);
        for (int v : new int[] {0, 3, 0x20, 0x80, 0xff}) {
            out.add("int " + v, a -> a.intN(v));
        }
    }

    private static void memoryOperand(FormList out) {
        String[] names = {"lgdt", "lidt", "sgdt", "sidt", "invlpg", "fxsave", "fxrstor"};
        List<BiConsumer<Assembler, Memory>> emitters = List.of(
            Assembler::lgdt, Assembler::lidt, Assembler::sgdt, Assembler::sidt, Assembler::invlpg,
            Assembler::fxsave, Assembler::fxrstor);
        for (MemOperand m : Syntax.smallMemorySet()) {
            for (int i = 0; i < names.length; i++) {
                BiConsumer<Assembler, Memory> e = emitters.get(i);
                out.add(names[i] + " " + m.text(), a -> e.accept(a, m.memory()));
            }
        }
    }

    private static void registers(FormList out) {
        for (Register r : REGS) {
            out.add("ltr " + reg(r, OperandSize.WORD), a -> a.ltr(r));
            out.add("lldt " + reg(r, OperandSize.WORD), a -> a.lldt(r));
            for (int cr : new int[] {0, 2, 3, 4, 8}) {
                out.add("mov cr" + cr + ", " + reg(r), a -> a.movToCr(cr, r));
                out.add("mov " + reg(r) + ", cr" + cr, a -> a.movFromCr(r, cr));
            }
            for (int s = 0; s < SEGMENTS.length; s++) {
                int sreg = s;
                if (s != 1) {
                    out.add("mov " + SEGMENTS[s] + ", " + reg(r, OperandSize.DWORD), a -> a.movToSegment(sreg, r));
                }
                out.add("mov " + reg(r, OperandSize.DWORD) + ", " + SEGMENTS[s], a -> a.movFromSegment(r, sreg));
            }
        }
    }

    private static void ports(FormList out) {
        OperandSize[] sizes = {OperandSize.BYTE, OperandSize.WORD, OperandSize.DWORD};
        for (OperandSize s : sizes) {
            String acc = reg(Register.RAX, s);
            for (int port : new int[] {0, 0x20, 0x60, 0x80, 0xff}) {
                out.add("in " + acc + ", " + port, a -> a.in(s, port));
                out.add("out " + port + ", " + acc, a -> a.out(s, port));
            }
            out.add("in " + acc + ", dx", a -> a.inDx(s));
            out.add("out dx, " + acc, a -> a.outDx(s));
        }
    }
}
