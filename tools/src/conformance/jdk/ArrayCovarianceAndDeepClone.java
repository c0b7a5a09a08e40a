// array covariance: ArrayStoreException messages for stores into arrays seen through supertypes (Object[], Number[], Object[][], interface arrays), Arrays.fill/setAll/asList writes, clone of multi-dimensional arrays (shallow rows), array class names, assignability and component types.
import java.io.Serializable;
import java.util.*;

public class ArrayCovarianceAndDeepClone {
    interface Animal {}
    static class Dog implements Animal { public String toString() { return "Dog"; } }
    static class Task implements Runnable { public void run() {} public String toString() { return "Task"; } }
    static class Cat implements Animal { public String toString() { return "Cat"; } }

    static void store(String label, Object[] arr, int i, Object v) {
        try {
            arr[i] = v;
            System.out.println(label + ": stored " + (v != null && v.getClass().isArray() ? Arrays.deepToString(new Object[]{v}) : String.valueOf(v)) + " -> " + Arrays.deepToString(arr));
        } catch (ArrayStoreException e) {
            System.out.println(label + ": ASE " + e.getMessage());
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(label + ": AIOOBE " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        store("Integer[] as Object[] <- String", new Integer[2], 0, "s");
        store("Integer[] as Object[] <- Long", new Integer[2], 1, 5L);
        store("Integer[] as Object[] <- null", new Integer[2], 1, null);
        store("Number[] <- Double", new Number[2], 0, 2.5);
        store("Animal[] via Dog[] <- Cat", new Dog[1], 0, new Cat());
        store("Animal[] <- Dog", new Animal[1], 0, new Dog());
        store("int[][] as Object[] <- long[]", new int[2][], 0, new long[3]);
        store("int[][] as Object[] <- int[]", new int[2][], 0, new int[]{1, 2});
        store("Object[][] as Object[] <- Object", new Object[2][], 0, "x");
        store("String[][] as Object[] <- Object[]", new String[1][], 0, new Object[0]);
        store("String[][] as Object[] <- String[]", new String[1][], 0, new String[]{"q"});
        store("Serializable[] <- Integer", new Serializable[1], 0, 7);
        store("Comparable[] <- Object", new Comparable[1], 0, new Object());
        store("Cloneable[] <- int[]", new Cloneable[1], 0, new int[0]);
        store("Integer[] index check before store check", new Integer[1], 5, "s");
        store("Object[][][] <- int[][]", new Object[1][][], 0, new int[1][1]);
        store("Runnable[] <- Task", new Runnable[1], 0, new Task());
        store("Runnable[] via Task[] <- anonymous", new Task[1], 0, new Runnable() { public void run() {} public String toString() { return "anon"; } });
        try { Arrays.fill((Object[]) new String[3], 1); } catch (ArrayStoreException e) { System.out.println("fill ASE " + e.getMessage()); }
        try { Arrays.asList((Object[]) new Integer[]{1, 2}).set(0, "x"); } catch (ArrayStoreException e) { System.out.println("asList.set ASE " + e.getMessage()); }
        try { Arrays.setAll((Object[]) new Integer[2], i -> "v" + i); } catch (ArrayStoreException e) { System.out.println("setAll ASE " + e.getMessage()); }
        try { new ArrayList<>(List.of("a", "b")).toArray(new Integer[0]); } catch (ArrayStoreException e) { System.out.println("toArray ASE " + e.getMessage()); }
        int[][] grid = {{1, 2, 3}, {4, 5}, {}};
        int[][] shallow = grid.clone();
        shallow[0][0] = 99;
        shallow[1] = new int[]{7};
        System.out.println("grid " + Arrays.deepToString(grid) + " clone " + Arrays.deepToString(shallow) + " rowShared " + (grid[0] == shallow[0]) + " " + (grid[2] == shallow[2]));
        int[][] deep = new int[grid.length][];
        for (int i = 0; i < grid.length; i++) deep[i] = grid[i].clone();
        deep[0][1] = -1;
        System.out.println("deep " + Arrays.deepToString(deep) + " grid " + Arrays.deepToString(grid));
        Object[][][] cube = new Object[2][2][1];
        cube[1][1][0] = "corner";
        Object[][][] cc = cube.clone();
        cc[1][1][0] = "changed";
        System.out.println("cube " + Arrays.deepToString(cube) + " cloneClass " + cc.getClass().getName() + " eq " + Arrays.deepEquals(cube, cc));
        Number[] nums = new Integer[]{1, 2};
        Number[] numsClone = nums.clone();
        System.out.println("clone keeps runtime type " + numsClone.getClass().getSimpleName() + " " + (numsClone instanceof Integer[]));
        store("cloned Integer[] <- Double", numsClone, 0, 1.0);
        Object[] copied = Arrays.copyOf(nums, 3);
        System.out.println("copyOf type " + copied.getClass().getSimpleName() + " " + Arrays.toString(copied));
        Object[] copiedAs = Arrays.copyOf(nums, 3, Object[].class);
        store("copyOf as Object[] <- String", copiedAs, 2, "ok");
        try { Arrays.copyOf(new Object[]{"s"}, 1, Integer[].class); } catch (ArrayStoreException e) { System.out.println("copyOf newType ASE " + e.getMessage()); }
        Class<?>[] types = {int[].class, int[][].class, String[].class, Animal[][].class, Dog[].class, Object[].class, boolean[][][].class};
        for (Class<?> t : types) {
            System.out.println("class " + t.getName() + " simple=" + t.getSimpleName() + " canonical=" + t.getCanonicalName() + " component=" + t.getComponentType().getName() + " super=" + t.getSuperclass().getName() + " ifaces=" + t.getInterfaces().length);
        }
        System.out.println("assignable " + Object[].class.isAssignableFrom(String[][].class) + " " + Object[].class.isAssignableFrom(int[].class) + " " + Animal[].class.isAssignableFrom(Dog[].class) + " " + Serializable.class.isAssignableFrom(int[][].class) + " " + Cloneable[].class.isAssignableFrom(int[][].class) + " " + Object[][].class.isAssignableFrom(int[][].class));
        Object o = new Dog[0];
        System.out.println("instanceof " + (o instanceof Animal[]) + " " + (o instanceof Object[]) + " " + (o instanceof Cat[]) + " " + ((Object) new int[0][] instanceof Object[]));
        try { Object x = new Dog[1]; Cat[] cats = (Cat[]) x; } catch (ClassCastException e) { System.out.println("CCE " + e.getMessage()); }
        try { Object x = new int[1][]; long[][] l = (long[][]) x; } catch (ClassCastException e) { System.out.println("CCE " + e.getMessage()); }
        char[][] chars = new char[2][3];
        System.out.println("chars default " + (int) chars[1][2] + " lengths " + chars.length + "x" + chars[0].length + " zero-dim " + new int[0][5].length + " " + new int[3][0][7].length);
        try { int[][] neg = new int[2][-1]; } catch (NegativeArraySizeException e) { System.out.println("NASE " + e.getMessage()); }
        try { int[][][] neg = new int[1][0][-2]; System.out.println("no NASE for inner -2 when outer-middle 0? " + neg.length); } catch (NegativeArraySizeException e) { System.out.println("NASE inner " + e.getMessage()); }
    }
}
