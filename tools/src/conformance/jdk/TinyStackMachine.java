// an interpreter loop for a tiny stack machine (switch dispatch over an int[] program): loops, calls, arithmetic; runs factorial, primes and Fibonacci programs and prints results and step counts.
import java.util.ArrayList;
import java.util.List;

public class TinyStackMachine {
    static final int PUSH = 0, ADD = 1, SUB = 2, MUL = 3, DIV = 4, MOD = 5, DUP = 6, SWAP = 7, DROP = 8, JMP = 9, JZ = 10, JNZ = 11, LOAD = 12, STORE = 13, PRINT = 14, HALT = 15, LT = 16, CALL = 17, RET = 18, OVER = 19;

    static long run(int[] code, List<Long> out) {
        long[] stack = new long[256]; int sp = 0;
        long[] mem = new long[16];
        int[] calls = new int[64]; int csp = 0;
        int pc = 0; long steps = 0;
        while (true) {
            steps++;
            int op = code[pc++];
            switch (op) {
                case PUSH: stack[sp++] = code[pc++]; break;
                case ADD: sp--; stack[sp - 1] += stack[sp]; break;
                case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
                case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
                case DIV: sp--; stack[sp - 1] /= stack[sp]; break;
                case MOD: sp--; stack[sp - 1] %= stack[sp]; break;
                case DUP: stack[sp] = stack[sp - 1]; sp++; break;
                case OVER: stack[sp] = stack[sp - 2]; sp++; break;
                case SWAP: { long t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; break; }
                case DROP: sp--; break;
                case JMP: pc = code[pc]; break;
                case JZ: { int target = code[pc++]; if (stack[--sp] == 0) pc = target; break; }
                case JNZ: { int target = code[pc++]; if (stack[--sp] != 0) pc = target; break; }
                case LOAD: stack[sp++] = mem[code[pc++]]; break;
                case STORE: mem[code[pc++]] = stack[--sp]; break;
                case LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp] ? 1 : 0; break;
                case PRINT: out.add(stack[--sp]); break;
                case CALL: calls[csp++] = pc + 1; pc = code[pc]; break;
                case RET: pc = calls[--csp]; break;
                case HALT: return steps;
                default: throw new IllegalStateException("bad opcode " + op + " at " + (pc - 1));
            }
        }
    }

    static final String[] NAMES = {"PUSH", "ADD", "SUB", "MUL", "DIV", "MOD", "DUP", "SWAP", "DROP", "JMP", "JZ", "JNZ", "LOAD", "STORE", "PRINT", "HALT", "LT", "CALL", "RET", "OVER"};

    /** Two-pass assembler: "name:" defines a label, operands are numbers or label names. */
    static int[] assemble(String src) {
        String[] toks = src.trim().split("\\s+");
        java.util.Map<String, Integer> labels = new java.util.HashMap<>();
        int addr = 0;
        for (String t : toks) { if (t.endsWith(":")) labels.put(t.substring(0, t.length() - 1), addr); else addr++; }
        int[] code = new int[addr];
        int i = 0;
        for (String t : toks) {
            if (t.endsWith(":")) continue;
            int op = java.util.Arrays.asList(NAMES).indexOf(t);
            code[i++] = op >= 0 ? op : labels.containsKey(t) ? labels.get(t) : Integer.parseInt(t);
        }
        return code;
    }

    public static void main(String[] args) {
        List<Long> out = new ArrayList<>();
        int[] factorial = assemble("PUSH 1 STORE 0 PUSH 20 STORE 1 loop: LOAD 1 JZ done LOAD 0 LOAD 1 MUL STORE 0 LOAD 1 PUSH 1 SUB STORE 1 JMP loop done: LOAD 0 PRINT HALT");
        System.out.println("factorial steps " + run(factorial, out) + " -> " + out);
        out.clear();
        int[] fib = assemble("PUSH 0 PUSH 1 PUSH 30 STORE 2 loop: LOAD 2 JZ done OVER PRINT DUP STORE 3 ADD LOAD 3 SWAP LOAD 2 PUSH 1 SUB STORE 2 JMP loop done: HALT");
        System.out.println("fib steps " + run(fib, out) + " -> " + out);
        out.clear();
        int[] primes = assemble("PUSH 2 STORE 0 outer: LOAD 0 PUSH 60 LT JZ end PUSH 2 STORE 1 inner: LOAD 0 LOAD 1 LOAD 1 MUL LT JNZ prime "
            + "LOAD 0 LOAD 1 MOD JZ next LOAD 1 PUSH 1 ADD STORE 1 JMP inner prime: LOAD 0 PRINT next: LOAD 0 PUSH 1 ADD STORE 0 JMP outer end: HALT");
        System.out.println("primes steps " + run(primes, out) + " -> " + out);
        out.clear();
        int[] calls = assemble("PUSH 5 CALL square PRINT PUSH 12 CALL square CALL square PRINT HALT square: DUP MUL RET");
        System.out.println("calls steps " + run(calls, out) + " -> " + out);
        out.clear();
        int[] gcd = assemble("PUSH 1071 PUSH 462 loop: DUP JZ done DUP STORE 0 MOD LOAD 0 SWAP JMP loop done: DROP PRINT HALT");
        System.out.println("gcd steps " + run(gcd, out) + " -> " + out);
        try { run(new int[]{PUSH, 1, 99}, out); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        try { run(assemble("PUSH 1 PUSH 0 DIV HALT"), out); } catch (ArithmeticException e) { System.out.println("division: " + e.getMessage()); }
        try { run(assemble("ADD HALT"), out); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("stack underflow: " + e.getMessage()); }
    }
}
