// System.exit(3) with pending stdout and stderr output: both are flushed, status is 3.
public class ExitStatusThree {
    public static void main(String[] args) {
        for (int i = 0; i < 5; i++) System.out.print("out" + i + " ");
        System.out.println();
        System.err.print("err without newline");
        System.out.print("stdout without newline");
        System.exit(3);
    }
}
