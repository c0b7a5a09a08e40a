// Arrays.asList (write-through, fixed size, set/UnsupportedOperationException), Arrays.stream of primitives/objects with ranges, List.toArray.
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

public class ArraysAsListAndStream {
    public static void main(String[] args) {
        String[] arr = {"c", "a", "b"};
        List<String> view = Arrays.asList(arr);
        view.set(0, "z");
        arr[1] = "y";
        System.out.println(view + " " + Arrays.toString(arr) + " " + view.size() + " " + view.contains("y") + " " + view.indexOf("b"));
        try { view.add("d"); } catch (UnsupportedOperationException e) { System.out.println("add -> UOE " + e.getMessage()); }
        try { view.remove(0); } catch (UnsupportedOperationException e) { System.out.println("remove -> UOE " + e.getMessage()); }
        java.util.Collections.sort(view);
        System.out.println("sorted through view " + Arrays.toString(arr));
        List<int[]> prim = Arrays.asList(new int[]{1, 2});
        List<Integer> boxed = Arrays.asList(1, 2, 3);
        System.out.println(prim.size() + " " + boxed.size() + " " + boxed + " " + Arrays.asList().size() + " " + boxed.equals(List.of(1, 2, 3)) + " " + boxed.hashCode());
        int[] nums = {4, 8, 15, 16, 23, 42};
        System.out.println(Arrays.stream(nums).sum() + " " + Arrays.stream(nums, 1, 4).max().getAsInt() + " " + Arrays.stream(nums).average().getAsDouble() + " " + Arrays.stream(nums).filter(n -> n % 2 == 1).count());
        System.out.println(Arrays.stream(new long[]{1L << 40, 1}).sum() + " " + Arrays.stream(new double[]{0.5, 0.25}).map(x -> x * 4).boxed().collect(Collectors.toList()));
        System.out.println(Arrays.stream(arr).map(String::toUpperCase).collect(Collectors.joining("+")) + " " + Arrays.stream(arr, 1, 3).count());
        Object[] back = view.toArray();
        String[] typed = view.toArray(new String[0]);
        String[] sized = view.toArray(new String[5]);
        String[] gen = boxed.stream().map(String::valueOf).toArray(String[]::new);
        System.out.println(back.getClass().getSimpleName() + " " + typed.getClass().getSimpleName() + " " + Arrays.toString(sized) + " " + Arrays.toString(gen));
        int[] fromStream = java.util.stream.IntStream.rangeClosed(1, 5).map(i -> i * i).toArray();
        System.out.println(Arrays.toString(fromStream) + " " + Arrays.stream(fromStream).boxed().collect(Collectors.toList()));
        System.out.println(Arrays.asList(1, null, 3) + " " + Arrays.asList("x").getClass().getSimpleName());
    }
}
