// java.util.Random with fixed seeds: nextInt/nextInt(bound)/nextLong/nextDouble/nextFloat/nextBoolean/nextGaussian/nextBytes, ints()/doubles() streams, setSeed; SplittableRandom.
import java.util.Arrays;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

public class RandomSeeded {
    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(r.nextInt()).append(' ');
        System.out.println("nextInt " + sb);
        sb.setLength(0);
        for (int bound : new int[]{1, 2, 10, 100, 1 << 20, 1000000007, Integer.MAX_VALUE}) sb.append(r.nextInt(bound)).append(' ');
        System.out.println("nextInt(bound) " + sb);
        System.out.println("nextLong " + r.nextLong() + " " + r.nextLong());
        System.out.println("nextDouble " + r.nextDouble() + " " + r.nextDouble() + " nextFloat " + r.nextFloat() + " nextBoolean " + r.nextBoolean() + r.nextBoolean() + r.nextBoolean());
        System.out.println("nextGaussian " + r.nextGaussian() + " " + r.nextGaussian() + " " + r.nextGaussian());
        byte[] bytes = new byte[10];
        r.nextBytes(bytes);
        System.out.println("nextBytes " + Arrays.toString(bytes));
        System.out.println("ints " + new Random(7).ints(8, 0, 100).boxed().collect(Collectors.toList()));
        System.out.println("ints() " + new Random(7).ints().limit(3).boxed().collect(Collectors.toList()));
        System.out.println("longs " + new Random(7).longs(3, -5, 5).boxed().collect(Collectors.toList()));
        System.out.println("doubles " + new Random(7).doubles(3).boxed().collect(Collectors.toList()));
        Random a = new Random(123), b = new Random(0);
        b.setSeed(123);
        boolean same = true;
        for (int i = 0; i < 1000; i++) same &= a.nextInt() == b.nextInt();
        System.out.println("setSeed reproduces " + same);
        Random g = new Random(99);
        double sum = 0, sumSq = 0;
        for (int i = 0; i < 10000; i++) { double x = g.nextGaussian(); sum += x; sumSq += x * x; }
        System.out.println("gaussian mean " + sum / 10000 + " var " + sumSq / 10000);
        int[] hist = new int[6];
        Random dice = new Random(2024);
        for (int i = 0; i < 6000; i++) hist[dice.nextInt(6)]++;
        System.out.println("dice " + Arrays.toString(hist));
        try { r.nextInt(0); } catch (IllegalArgumentException e) { System.out.println("nextInt(0): " + e.getMessage()); }
        System.out.println("nextInt(origin,bound) " + new Random(5).nextInt(10, 20) + " nextLong(bound) " + new Random(5).nextLong(1000) + " nextDouble(bound) " + new Random(5).nextDouble(2.0));
        SplittableRandom sr = new SplittableRandom(314);
        System.out.println("splittable " + sr.nextInt() + " " + sr.nextLong() + " " + sr.nextInt(50) + " " + sr.nextDouble() + " split " + sr.split().nextInt(1000));
        for (long seed : new long[]{0, 1, -1, Long.MAX_VALUE}) System.out.print(new Random(seed).nextInt() + " ");
        System.out.println();
    }
}
