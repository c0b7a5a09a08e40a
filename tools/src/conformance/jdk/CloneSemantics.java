// Object.clone: shallow copies via super.clone, Cloneable check (CloneNotSupportedException), covariant clone overrides, deep copies, array clone of every kind.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class CloneSemantics {
    static class Point implements Cloneable {
        int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public Point clone() { try { return (Point) super.clone(); } catch (CloneNotSupportedException e) { throw new AssertionError(e); } }
        public String toString() { return "(" + x + "," + y + ")"; }
    }
    static class Polygon implements Cloneable {
        Point[] pts; List<String> tags = new ArrayList<>();
        Polygon(Point... pts) { this.pts = pts; }
        Polygon shallow() throws CloneNotSupportedException { return (Polygon) super.clone(); }
        Polygon deep() throws CloneNotSupportedException {
            Polygon p = (Polygon) super.clone();
            p.pts = new Point[pts.length];
            for (int i = 0; i < pts.length; i++) p.pts[i] = pts[i].clone();
            p.tags = new ArrayList<>(tags);
            return p;
        }
    }
    static class NotCloneable { Object tryClone() throws CloneNotSupportedException { return super.clone(); } }

    public static void main(String[] args) throws Exception {
        Point p = new Point(1, 2), q = p.clone();
        q.x = 10;
        System.out.println(p + " " + q + " " + (p != q) + " " + (q.getClass() == Point.class));
        Polygon poly = new Polygon(new Point(0, 0), new Point(1, 1));
        poly.tags.add("orig");
        Polygon s = poly.shallow(), d = poly.deep();
        s.pts[0].x = 99; s.tags.add("shallow");
        d.pts[1].y = -5; d.tags.add("deep");
        System.out.println(Arrays.toString(poly.pts) + " " + poly.tags + " | " + Arrays.toString(s.pts) + " " + s.tags + " | " + Arrays.toString(d.pts) + " " + d.tags);
        System.out.println("shallow shares array " + (s.pts == poly.pts) + " deep shares " + (d.pts == poly.pts));
        try { new NotCloneable().tryClone(); } catch (CloneNotSupportedException e) { System.out.println("CloneNotSupportedException: " + e.getMessage()); }
        int[] ia = {1, 2, 3}; int[] ib = ia.clone(); ib[0] = 9;
        long[] la = {1L}; double[] da = {1.5}; char[] ca = {'a'}; boolean[] za = {true}; byte[] ba = {1}; short[] sa = {2}; float[] fa = {3f};
        System.out.println(Arrays.toString(ia) + Arrays.toString(ib) + Arrays.toString(la.clone()) + Arrays.toString(da.clone()) + Arrays.toString(ca.clone()) + Arrays.toString(za.clone()) + Arrays.toString(ba.clone()) + Arrays.toString(sa.clone()) + Arrays.toString(fa.clone()));
        int[][] grid = {{1, 2}, {3, 4}};
        int[][] gc = grid.clone();
        gc[0][0] = 100; gc[1] = new int[]{7};
        System.out.println(Arrays.deepToString(grid) + " " + Arrays.deepToString(gc) + " " + (gc.getClass() == int[][].class));
        String[] strs = {"a", "b"};
        Object[] sc = strs.clone();
        System.out.println(sc.getClass().getSimpleName() + " " + (sc[0] == strs[0]));
        ArrayList<Integer> al = new ArrayList<>(List.of(1, 2));
        @SuppressWarnings("unchecked") ArrayList<Integer> alc = (ArrayList<Integer>) al.clone();
        alc.add(3);
        System.out.println(al + " " + alc + " " + (new int[0].clone().length));
    }
}
