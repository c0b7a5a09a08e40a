// the main class's own static initializer fails after printing: the launcher reports an uncaught ExceptionInInitializerError whose cause is the initializer's exception (trace on stderr, "Caused by" with <clinit> frames), main never runs, exit status 1.
public class MainClassInitFailure {
    static final int[] TABLE = build();

    static int[] build() {
        System.out.println("building table in <clinit>");
        System.err.println("stderr from <clinit>");
        int[] t = new int[4];
        for (int i = 0; i <= t.length; i++) t[i] = helper(i);
        return t;
    }

    static int helper(int i) { return i * i; }

    public static void main(String[] args) {
        System.out.println("main never runs " + TABLE.length);
    }
}
