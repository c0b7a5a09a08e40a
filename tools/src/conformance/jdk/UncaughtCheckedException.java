// an uncaught checked exception declared by main (thrown from a nested class) ends the program with status 1 after finally blocks have run.
public class UncaughtCheckedException {
    static class Checked extends Exception { Checked(String m) { super(m); } }
    static class Worker { void work(int n) throws Checked { if (n == 2) throw new Checked("worker failed at step " + n); System.out.println("step " + n); } }

    public static void main(String[] args) throws Exception {
        Worker w = new Worker();
        try {
            for (int i = 0; i < 5; i++) w.work(i);
        } finally {
            System.out.println("finally before dying");
        }
    }
}
