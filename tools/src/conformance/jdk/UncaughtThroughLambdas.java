// an exception thrown through a chain of lambdas, method references and a functional-interface default method ends main uncaught: HotSpot's trace on stderr shows lambda$main$N and the target methods but not the generated lambda proxy classes' frames; exit status 1.
import java.util.function.*;

public class UncaughtThroughLambdas {
    interface Step { int apply(int x); default int twice(int x) { return apply(apply(x)); } }

    static int explode(int x) {
        if (x > 10) throw new IllegalStateException("value " + x + " too large");
        return x * 3;
    }

    static int viaSupplier(Supplier<Integer> s) { return s.get(); }

    public static void main(String[] args) {
        Step triple = UncaughtThroughLambdas::explode;
        System.out.println("twice(1) = " + triple.twice(1));
        Function<Integer, Integer> f = x -> triple.twice(x) + 1;
        System.out.println("f(1) = " + f.apply(1));
        Runnable r = () -> System.out.println("supplier " + viaSupplier(() -> f.apply(4)));
        r.run();
    }
}
