// System.exit(-1) is reported by the process as status 255 (the low 8 bits).
public class ExitStatusNegative {
    public static void main(String[] args) {
        System.out.println("exit(-1)");
        System.exit(-1);
    }
}
