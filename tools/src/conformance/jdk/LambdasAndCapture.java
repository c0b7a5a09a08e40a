// lambdas: capture of locals, parameters, this and fields; non-capturing lambdas; lambdas returning lambdas (currying); recursion through a field; java.util.function interfaces and composition.
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

public class LambdasAndCapture {
    int factor = 3;
    static Function<Integer, Integer> fact;

    Function<Integer, Integer> scaler() { return x -> x * factor; }

    public static void main(String[] args) {
        int offset = 10;
        String prefix = "n=";
        Function<Integer, String> f = x -> prefix + (x + offset);
        System.out.println(f.apply(5) + " " + f.apply(-10));
        LambdasAndCapture o = new LambdasAndCapture();
        Function<Integer, Integer> sc = o.scaler();
        o.factor = 7;
        System.out.println("this capture sees field update " + sc.apply(2));
        Function<Integer, Function<Integer, Integer>> add = a -> b -> a + b;
        System.out.println("curried " + add.apply(3).apply(4));
        fact = n -> n <= 1 ? 1 : n * fact.apply(n - 1);
        System.out.println("fact(10) " + fact.apply(10));
        Function<Integer, Integer> inc = x -> x + 1, dbl = x -> x * 2;
        System.out.println(inc.andThen(dbl).apply(5) + " " + inc.compose(dbl).apply(5) + " " + Function.<Integer>identity().apply(9));
        Predicate<String> empty = String::isEmpty, longer = s -> s.length() > 3;
        System.out.println(empty.negate().and(longer).test("hello") + " " + empty.or(longer).test("ab") + " " + Predicate.not(empty).test("") + " " + Predicate.isEqual("x").test("x"));
        BinaryOperator<Integer> max = BinaryOperator.maxBy(Integer::compare);
        BiFunction<String, Integer, String> rep = String::repeat;
        System.out.println(max.apply(3, 9) + " " + rep.andThen(String::length).apply("ab", 4));
        UnaryOperator<String> up = String::toUpperCase;
        Supplier<List<String>> sup = ArrayList::new;
        List<String> list = sup.get();
        list.add(up.apply("x"));
        System.out.println(list);
        List<Supplier<Integer>> sups = new ArrayList<>();
        for (int i = 0; i < 5; i++) { int sq = i * i; sups.add(() -> sq); }
        StringBuilder sb = new StringBuilder();
        for (Supplier<Integer> s : sups) sb.append(s.get()).append(' ');
        System.out.println("loop captures " + sb);
        int[] counter = {0};
        Runnable r = () -> counter[0]++;
        for (int i = 0; i < 100; i++) r.run();
        System.out.println("array cell counter " + counter[0]);
        IntBinaryOperator gcd = new IntBinaryOperator() { public int applyAsInt(int a, int b) { return b == 0 ? a : applyAsInt(b, a % b); } };
        IntPredicate even = n -> n % 2 == 0;
        System.out.println(gcd.applyAsInt(84, 36) + " " + even.test(4) + even.test(7));
        Runnable made = make();
        made.run();
        System.out.println("lambda is a Runnable " + (made instanceof Runnable) + " synthetic class " + made.getClass().isSynthetic() + " not anonymous " + !made.getClass().isAnonymousClass());
        Function<Object, String> cls = x -> x.getClass().getSimpleName();
        System.out.println(cls.apply(1) + " " + cls.apply("s") + " " + cls.apply(new int[0]));
        Comparable<String> cmp = s -> s.length();
        System.out.println(cmp.compareTo("four"));
    }
    static Runnable make() { return () -> { }; }
}
