// System.exit(0) from a nested call ends the program at once with status 0: later statements and finally blocks do not run.
public class ExitStatusZero {
    static void leave() {
        System.out.println("leaving with 0");
        System.exit(0);
    }

    public static void main(String[] args) {
        System.out.println("start");
        try { leave(); } finally { System.out.println("finally must not run"); }
        System.out.println("unreachable");
    }
}
