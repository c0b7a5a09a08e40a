package org.keelvm.jit.asm;

import static org.keelvm.jit.asm.Syntax.CONDITIONS;
import static org.keelvm.jit.asm.Syntax.cc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;

/**
 * Oracle forms that involve labels: branches around the rel8 limit, chains of branches whose
 * sizes depend on each other, alignment, label-relative data and RIP-relative label operands,
 * and seeded random programs mixing all of these.
 */
final class BranchForms {

    /** The symbol GNU as places at offset 0 of .text; label addresses are measured from it. */
    static final String START = "KSTART";

    /** The load address used for {@link Assembler#emitLabelAddress(Label, long)} forms. */
    private static final long BASE = 0x100000;

    private BranchForms() {
    }

    static void addAll(FormList out) {
        int[] distances = new int[150];
        for (int i = 0; i < 140; i++) {
            distances[i] = i;
        }
        int[] far = {200, 255, 256, 300, 1000, 70000, 120, 121, 122, 123};
        System.arraycopy(far, 0, distances, 140, far.length);
        for (int n : distances) {
            Condition c = CONDITIONS[n % 16];
            program(out, "jmp {0}\n" + fill(n) + "{0}:", (a, l) -> {
                a.jmp(l[0]);
                filler(a, n);
                a.bind(l[0]);
            });
            program(out, "j" + cc(c) + " {0}\n" + fill(n) + "{0}:", (a, l) -> {
                a.jcc(c, l[0]);
                filler(a, n);
                a.bind(l[0]);
            });
            program(out, "{0}:\n" + fill(n) + "jmp {0}", (a, l) -> {
                a.bind(l[0]);
                filler(a, n);
                a.jmp(l[0]);
            });
            program(out, "{0}:\n" + fill(n) + "j" + cc(c) + " {0}", (a, l) -> {
                a.bind(l[0]);
                filler(a, n);
                a.jcc(c, l[0]);
            });
        }
        chains(out);
        labelOperands(out);
        alignment(out);
        Random random = new Random(0x6b65656cL);
        for (int i = 0; i < 400; i++) {
            randomProgram(out, random);
        }
    }

    /** Branches whose reach depends on whether other branches between them grow. */
    private static void chains(FormList out) {
        for (int n = 20; n <= 45; n++) {
            int gap = n;
            program(out, "jmp {0}\n" + fill(gap) + "jne {0}\n" + fill(gap) + "jmp {0}\n" + fill(gap) + "jl {0}\n"
                + fill(gap) + "{0}:", (a, l) -> {
                    a.jmp(l[0]);
                    filler(a, gap);
                    a.jcc(Condition.NE, l[0]);
                    filler(a, gap);
                    a.jmp(l[0]);
                    filler(a, gap);
                    a.jcc(Condition.L, l[0]);
                    filler(a, gap);
                    a.bind(l[0]);
                });
        }
        for (int m = 118; m <= 135; m++) {
            int tail = m;
            // The first jump reaches {0} only if the second one stays short.
            program(out, "ja {0}\n" + fill(120) + "jmp {1}\n" + fill(3) + "{0}:\n" + fill(tail) + "{1}:", (a, l) -> {
                a.jcc(Condition.A, l[0]);
                filler(a, 120);
                a.jmp(l[1]);
                filler(a, 3);
                a.bind(l[0]);
                filler(a, tail);
                a.bind(l[1]);
            });
            // Backward and forward jumps crossing each other.
            program(out, "{0}:\n" + fill(tail - 10) + "jmp {1}\n" + fill(4) + "jb {0}\n" + fill(tail - 10) + "{1}:",
                (a, l) -> {
                    a.bind(l[0]);
                    filler(a, tail - 10);
                    a.jmp(l[1]);
                    filler(a, 4);
                    a.jcc(Condition.B, l[0]);
                    filler(a, tail - 10);
                    a.bind(l[1]);
                });
        }
        program(out, "{0}:\njmp {0}", (a, l) -> {
            a.bind(l[0]);
            a.jmp(l[0]);
        });
        program(out, "jmp {0}\n{0}:", (a, l) -> {
            a.jmp(l[0]);
            a.bind(l[0]);
        });
        program(out, "{0}:\njg {0}", (a, l) -> {
            a.bind(l[0]);
            a.jcc(Condition.G, l[0]);
        });
    }

    /** Calls, RIP-relative operands and label data, forward and backward. */
    private static void labelOperands(FormList out) {
        for (int n : new int[] {0, 1, 100, 130, 5000}) {
            program(out, "call {0}\n" + fill(n) + "{0}:\n" + fill(n) + "call {0}", (a, l) -> {
                a.call(l[0]);
                filler(a, n);
                a.bind(l[0]);
                filler(a, n);
                a.call(l[0]);
            });
            program(out, "lea rax, [rip + {0}]\nmov r9, QWORD PTR [rip + {0}]\n" + fill(n) + "{0}:\n" + fill(n)
                + "lea r15, [rip + {0}]", (a, l) -> {
                    a.lea(OperandSize.QWORD, Register.RAX, Memory.rip(l[0]));
                    a.mov(OperandSize.QWORD, Register.R9, Memory.rip(l[0]));
                    filler(a, n);
                    a.bind(l[0]);
                    filler(a, n);
                    a.lea(OperandSize.QWORD, Register.R15, Memory.rip(l[0]));
                });
            for (OperandSize s : Syntax.SIZES) {
                // The immediate follows the displacement, so it shifts the RIP base.
                program(out, "mov " + Syntax.ptr(s) + "[rip + {0}], 100\n" + fill(n) + "{0}:\ncmp "
                    + Syntax.ptr(s) + "[rip + {0}], 1\nadd " + Syntax.ptr(s) + "[rip + {0}], 120", (a, l) -> {
                        a.mov(s, Memory.rip(l[0]), 100);
                        filler(a, n);
                        a.bind(l[0]);
                        a.cmp(s, Memory.rip(l[0]), 1);
                        a.add(s, Memory.rip(l[0]), 120);
                    });
            }
            program(out, "imul eax, DWORD PTR [rip + {0}], 1000\nshl QWORD PTR [rip + {0}], 3\n"
                + "movsd xmm9, QWORD PTR [rip + {0}]\n" + fill(n) + "{0}:", (a, l) -> {
                    a.imul(OperandSize.DWORD, Register.RAX, Memory.rip(l[0]), 1000);
                    a.shl(OperandSize.QWORD, Memory.rip(l[0]), 3);
                    a.movsd(Xmm.XMM9, Memory.rip(l[0]));
                    filler(a, n);
                    a.bind(l[0]);
                });
            program(out, "{0}:\n" + fill(n) + "{1}:\n.long {0} - {1}\n.long {1} - {0}\n.quad " + BASE + " + ({1} - "
                + START + ")", (a, l) -> {
                    a.bind(l[0]);
                    filler(a, n);
                    a.bind(l[1]);
                    a.emitLabelOffset32(l[0], l[1]);
                    a.emitLabelOffset32(l[1], l[0]);
                    a.emitLabelAddress(l[1], BASE);
                });
        }
    }

    /** Every padding length for several alignments. */
    private static void alignment(FormList out) {
        for (int alignment : new int[] {2, 4, 8, 16, 32, 64}) {
            int log = Integer.numberOfTrailingZeros(alignment);
            for (int k = 0; k < alignment; k += alignment > 16 ? 3 : 1) {
                int pre = k;
                program(out, fill(pre) + ".p2align " + log + "\nnop", (a, l) -> {
                    filler(a, pre);
                    a.align(alignment);
                    a.nop();
                });
            }
        }
        // Padding that changes when a branch before it grows.
        for (int n = 110; n <= 130; n++) {
            int gap = n;
            program(out, "jmp {0}\n.p2align 4\n" + fill(gap) + "{0}:", (a, l) -> {
                a.jmp(l[0]);
                a.align(16);
                filler(a, gap);
                a.bind(l[0]);
            });
        }
    }

    private static void randomProgram(FormList out, Random random) {
        int labels = 3 + random.nextInt(8);
        int steps = 10 + random.nextInt(40);
        List<Integer> binds = new ArrayList<>();
        for (int i = 0; i < labels; i++) {
            binds.add(random.nextInt(steps + 1));
        }
        StringBuilder text = new StringBuilder();
        List<BiConsumer<Assembler, Label[]>> actions = new ArrayList<>();
        for (int step = 0; step <= steps; step++) {
            for (int i = 0; i < labels; i++) {
                if (binds.get(i) == step) {
                    int label = i;
                    text.append('{').append(i).append("}:\n");
                    actions.add((a, l) -> a.bind(l[label]));
                }
            }
            if (step == steps) {
                break;
            }
            int target = random.nextInt(labels);
            int kind = random.nextInt(12);
            switch (kind) {
                case 0, 1, 2 -> {
                    int n = 1 + random.nextInt(48);
                    text.append(fill(n));
                    actions.add((a, l) -> filler(a, n));
                }
                case 3, 4 -> {
                    text.append("jmp {").append(target).append("}\n");
                    actions.add((a, l) -> a.jmp(l[target]));
                }
                case 5, 6 -> {
                    Condition c = CONDITIONS[random.nextInt(16)];
                    text.append('j').append(cc(c)).append(" {").append(target).append("}\n");
                    actions.add((a, l) -> a.jcc(c, l[target]));
                }
                case 7 -> {
                    text.append("call {").append(target).append("}\n");
                    actions.add((a, l) -> a.call(l[target]));
                }
                case 8 -> {
                    int imm = random.nextInt();
                    text.append("mov DWORD PTR [rip + {").append(target).append("}], ").append(imm).append('\n');
                    actions.add((a, l) -> a.mov(OperandSize.DWORD, Memory.rip(l[target]), imm));
                }
                case 9 -> {
                    int log = 1 + random.nextInt(5);
                    text.append(".p2align ").append(log).append('\n');
                    actions.add((a, l) -> a.align(1 << log));
                }
                case 10 -> {
                    int other = random.nextInt(labels);
                    text.append(".long {").append(target).append("} - {").append(other).append("}\n");
                    actions.add((a, l) -> a.emitLabelOffset32(l[target], l[other]));
                }
                default -> {
                    text.append(".quad ").append(BASE).append(" + ({").append(target).append("} - ").append(START)
                        .append(")\n");
                    actions.add((a, l) -> a.emitLabelAddress(l[target], BASE));
                }
            }
        }
        program(out, text.toString().trim(), (a, l) -> {
            for (BiConsumer<Assembler, Label[]> action : actions) {
                action.accept(a, l);
            }
        });
    }

    /**
     * Adds a form whose text uses {@code {k}} for its k-th label; the emitter gets fresh
     * labels in the same order.
     */
    private static void program(FormList out, String template, BiConsumer<Assembler, Label[]> body) {
        int count = 0;
        while (template.contains("{" + count + "}")) {
            count++;
        }
        String text = template;
        for (int k = 0; k < count; k++) {
            text = text.replace("{" + k + "}", out.labelName(k));
        }
        int labels = count;
        out.add(text, a -> {
            Label[] l = new Label[labels];
            for (int k = 0; k < labels; k++) {
                l[k] = new Label();
            }
            body.accept(a, l);
        });
    }

    private static String fill(int n) {
        return ".fill " + n + ", 1, 0xcc\n";
    }

    private static void filler(Assembler a, int n) {
        byte[] bytes = new byte[n];
        Arrays.fill(bytes, (byte) 0xCC);
        a.emitBytes(bytes);
    }
}
