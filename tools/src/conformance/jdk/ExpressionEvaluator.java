// a shunting-yard expression evaluator over long and double arithmetic with precedence, associativity, unary minus, functions and errors; exercises Deque, switch, parsing and exceptions.
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

public class ExpressionEvaluator {
    static final Map<String, Integer> PREC = Map.of("+", 1, "-", 1, "*", 2, "/", 2, "%", 2, "^", 3, "~", 4);

    static List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            if (Character.isDigit(c) || c == '.') { int j = i; while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) j++; out.add(s.substring(i, j)); i = j; continue; }
            if (Character.isLetter(c)) { int j = i; while (j < s.length() && Character.isLetter(s.charAt(j))) j++; out.add(s.substring(i, j)); i = j; continue; }
            String op = String.valueOf(c);
            boolean unary = c == '-' && (out.isEmpty() || PREC.containsKey(out.get(out.size() - 1)) || out.get(out.size() - 1).equals("("));
            out.add(unary ? "~" : op);
            i++;
        }
        return out;
    }
    static List<String> toRpn(List<String> tokens) {
        List<String> out = new ArrayList<>();
        Deque<String> ops = new ArrayDeque<>();
        for (String t : tokens) {
            if (Character.isDigit(t.charAt(0)) || t.charAt(0) == '.') out.add(t);
            else if (Character.isLetter(t.charAt(0))) ops.push(t);
            else if (t.equals("(")) ops.push(t);
            else if (t.equals(")")) { while (!ops.isEmpty() && !ops.peek().equals("(")) out.add(ops.pop()); if (ops.isEmpty()) throw new IllegalArgumentException("unbalanced )"); ops.pop(); if (!ops.isEmpty() && Character.isLetter(ops.peek().charAt(0))) out.add(ops.pop()); }
            else {
                while (!ops.isEmpty() && PREC.containsKey(ops.peek()) && (PREC.get(ops.peek()) > PREC.get(t) || (PREC.get(ops.peek()).equals(PREC.get(t)) && !t.equals("^") && !t.equals("~")))) out.add(ops.pop());
                ops.push(t);
            }
        }
        while (!ops.isEmpty()) { String o = ops.pop(); if (o.equals("(")) throw new IllegalArgumentException("unbalanced ("); out.add(o); }
        return out;
    }
    static double eval(List<String> rpn) {
        Deque<Double> st = new ArrayDeque<>();
        for (String t : rpn) {
            switch (t) {
                case "~" -> st.push(-st.pop());
                case "sqrt" -> st.push(Math.sqrt(st.pop()));
                case "abs" -> st.push(Math.abs(st.pop()));
                case "+", "-", "*", "/", "%", "^" -> {
                    double b = st.pop(), a = st.pop();
                    st.push(switch (t) { case "+" -> a + b; case "-" -> a - b; case "*" -> a * b; case "/" -> a / b; case "%" -> a % b; default -> StrictMath.pow(a, b); });
                }
                default -> { if (Character.isLetter(t.charAt(0))) throw new IllegalArgumentException("unknown function " + t); st.push(Double.parseDouble(t)); }
            }
        }
        if (st.size() != 1) throw new IllegalArgumentException("malformed, stack " + st);
        return st.pop();
    }

    public static void main(String[] args) {
        String[] exprs = {"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 * 3", "-(3 - 5) * -2", "sqrt(16) + abs(-2.5)", "1 / 0", "0 / 0",
            "3.5 * (2 - (1 - 4)) / 0.5", "2 * 3 + 4 * 5 - 6 / 2", "((((7))))", "1 - 2 - 3", "100 * 1.1", "(1 + 2", "1 + 2)", "foo(3)", "1 2"};
        for (String e : exprs) {
            try {
                List<String> rpn = toRpn(tokenize(e));
                System.out.println(e + " => " + String.join(" ", rpn) + " => " + eval(rpn));
            } catch (RuntimeException ex) { System.out.println(e + " => error " + ex.getClass().getSimpleName() + ": " + ex.getMessage()); }
        }
    }
}
