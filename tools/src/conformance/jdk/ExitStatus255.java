// System.exit(255), the largest status a process can report, after output through printf.
public class ExitStatus255 {
    public static void main(String[] args) {
        System.out.printf("exiting with %d%n", 255);
        Runtime.getRuntime().exit(255);
    }
}
