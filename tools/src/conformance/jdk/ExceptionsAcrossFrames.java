// exceptions propagating through many frames and catch sites: unwinding with partial handlers, catch order, rethrow preserving identity, checked exceptions through lambdas wrapped.
import java.util.ArrayList;
import java.util.List;

public class ExceptionsAcrossFrames {
    static class AppException extends Exception { final int code; AppException(String m, int code) { super(m); this.code = code; } }
    static List<String> log = new ArrayList<>();

    static int level3(int x) throws AppException {
        log.add("enter3");
        if (x < 0) throw new AppException("negative " + x, 400);
        if (x == 0) throw new IllegalArgumentException("zero");
        if (x > 100) { int[] a = new int[x - 100]; return a[x]; }
        return 100 / x;
    }
    static int level2(int x) throws AppException {
        log.add("enter2");
        try { return level3(x) + 1; }
        catch (IllegalArgumentException e) { log.add("level2 caught IAE"); return -1; }
        finally { log.add("finally2"); }
    }
    static int level1(int x) {
        log.add("enter1");
        try { return level2(x) * 10; }
        catch (AppException e) { log.add("level1 caught " + e.getMessage() + " code " + e.code); return -e.code; }
    }
    static int recurse(int depth, int throwAt) {
        if (depth == throwAt) throw new UnsupportedOperationException("at depth " + depth);
        try { return recurse(depth + 1, throwAt) + 1; }
        finally { if (depth % 10 == 0) log.add("unwind" + depth); }
    }

    public static void main(String[] args) {
        for (int x : new int[]{5, -2, 0, 103}) {
            log.clear();
            try { System.out.println(x + " => " + level1(x) + " " + log); }
            catch (RuntimeException e) { System.out.println(x + " => uncaught " + e.getClass().getSimpleName() + ": " + e.getMessage() + " " + log); }
        }
        log.clear();
        try { recurse(0, 35); } catch (UnsupportedOperationException e) { System.out.println(e.getMessage() + " " + log); }
        RuntimeException original = new RuntimeException("original");
        try {
            try { throw original; }
            catch (RuntimeException e) { log.clear(); log.add("inner"); throw e; }
        } catch (RuntimeException e) { System.out.println("rethrow same " + (e == original) + " " + log); }
        List<String> inputs = List.of("1", "2", "x", "4");
        List<Integer> parsed = new ArrayList<>();
        try {
            inputs.forEach(s -> {
                try { parsed.add(Integer.parseInt(s)); }
                catch (NumberFormatException e) { throw new IllegalStateException("wrapped: " + e.getMessage(), e); }
            });
        } catch (IllegalStateException e) { System.out.println(e.getMessage() + " cause " + e.getCause().getClass().getSimpleName() + " parsed " + parsed); }
        int caughtCount = 0;
        for (int i = 0; i < 2000; i++) { try { if (i % 3 == 0) throw new AppException("x", i); } catch (AppException e) { caughtCount += e.code % 7; } }
        System.out.println("many throws " + caughtCount);
    }
}
