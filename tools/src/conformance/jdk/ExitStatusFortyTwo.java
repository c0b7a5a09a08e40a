// System.exit(42) from deep recursion inside a catch block: status 42, no further output.
public class ExitStatusFortyTwo {
    static int depth(int n) {
        if (n == 0) {
            try { throw new RuntimeException("bottom"); }
            catch (RuntimeException e) { System.out.println("caught " + e.getMessage() + ", exiting"); System.exit(42); }
        }
        return depth(n - 1) + 1;
    }

    public static void main(String[] args) {
        System.out.println("result " + depth(50));
    }
}
