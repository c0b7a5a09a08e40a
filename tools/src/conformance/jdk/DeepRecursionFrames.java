// bounded deep recursion (thousands of frames) with wide frames: long/double parameters, many locals, mutual recursion through interfaces and lambdas, exceptions thrown at depth and caught at the top with the stack trace length HotSpot records (capped at 1024), finally blocks unwinding every frame, and recursion through virtual/static/instance-initializer paths.
import java.util.function.IntUnaryOperator;

public class DeepRecursionFrames {
    static int finallyCount;

    static long wide(int n, long a, double b, long c, double d) {
        if (n == 0) return a + (long) b + c + (long) d;
        long l1 = a ^ n, l2 = c + n;
        double d1 = b * 0.5, d2 = d + 1;
        return wide(n - 1, l1 + 1, d1 + n, l2, d2) + (n & 1);
    }

    static int sumLocals(int n) {
        int a = n, b = n * 2, c = n * 3, d = n * 4, e = n * 5, f = n * 6, g = n * 7, h = n * 8;
        if (n == 0) return 0;
        int r = sumLocals(n - 1);
        return r + ((a + b + c + d + e + f + g + h) & 0xff);
    }

    interface Node { int depth(int n); }
    static final Node EVEN = new Node() { public int depth(int n) { return n == 0 ? 0 : 1 + DeepRecursionFrames.ODD.depth(n - 1); } };
    static final Node ODD = n -> n == 0 ? 100000 : 1 + EVEN.depth(n - 1);

    static IntUnaryOperator fact;

    static int thrower(int n) {
        try {
            if (n == 0) throw new IllegalStateException("bottom reached");
            return thrower(n - 1) + 1;
        } finally {
            finallyCount++;
        }
    }

    static abstract class Chain { abstract long walk(int n); }
    static class A extends Chain { long walk(int n) { return n <= 0 ? 1 : 1 + B_INST.walk(n - 1); } }
    static class B extends Chain { long walk(int n) { return n <= 0 ? 2 : 2 + A_INST.walk(n - 1); } }
    static final Chain A_INST = new A(), B_INST = new B();

    static int ackermann(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ackermann(m - 1, 1);
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    static String buildNested(int n) { return n == 0 ? "x" : "(" + buildNested(n - 1) + ")"; }
    static int parseDepth(String s, int[] pos) {
        if (s.charAt(pos[0]) == 'x') { pos[0]++; return 0; }
        pos[0]++;
        int d = parseDepth(s, pos) + 1;
        pos[0]++;
        return d;
    }

    static int synchronizedDepth(int n) { synchronized (DeepRecursionFrames.class) { return n == 0 ? 0 : 1 + synchronizedDepth(n - 1); } }

    public static void main(String[] args) {
        System.out.println("wide(3000) = " + wide(3000, 1, 2.0, 3, 4.0));
        System.out.println("sumLocals(4000) = " + sumLocals(4000));
        System.out.println("mutual interface/lambda 5001 = " + EVEN.depth(5001) + " 5000 = " + EVEN.depth(5000));
        fact = n -> n <= 1 ? 1 : (n * fact.applyAsInt(n - 1)) % 1000003;
        System.out.println("lambda recursion 3000 = " + fact.applyAsInt(3000));
        for (int depth : new int[]{10, 1000, 1500, 3000}) {
            finallyCount = 0;
            try { thrower(depth); }
            catch (IllegalStateException e) {
                StackTraceElement[] st = e.getStackTrace();
                int own = 0;
                for (StackTraceElement el : st) if (el.getMethodName().equals("thrower")) own++;
                System.out.println("thrower(" + depth + ") caught " + e.getMessage() + " finallyCount=" + finallyCount + " traceLen=" + st.length + " throwerFrames=" + own + " top=" + st[0].getMethodName() + ":" + st[0].getLineNumber() + " last=" + st[st.length - 1].getMethodName());
            }
        }
        System.out.println("virtual chain 6000 = " + A_INST.walk(6000));
        System.out.println("ackermann(2,300) = " + ackermann(2, 300) + " ackermann(3,5) = " + ackermann(3, 5));
        String nested = buildNested(2000);
        System.out.println("nested string length " + nested.length() + " parsed depth " + parseDepth(nested, new int[]{0}));
        System.out.println("synchronized recursion " + synchronizedDepth(2500) + " holdsLock after " + Thread.holdsLock(DeepRecursionFrames.class));
        StackTraceElement[] here = new Throwable().getStackTrace();
        System.out.println("main trace len " + here.length + " " + here[0].getClassName() + "." + here[0].getMethodName());
        Throwable deep = deepThrowable(50);
        System.out.println("deep throwable frames " + deep.getStackTrace().length + " first " + deep.getStackTrace()[0].getMethodName() + " line " + deep.getStackTrace()[0].getLineNumber());
    }

    static Throwable deepThrowable(int n) { return n == 0 ? new Throwable("deep") : deepThrowable(n - 1); }
}
