// EnumMap and EnumSet: ordinal-ordered iteration, allOf/noneOf/range/complementOf/copyOf/of, map views, null key rejection.
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

public class EnumMapAndEnumSet {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }
    enum Big { B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11, B12, B13, B14, B15, B16, B17, B18, B19, B20, B21, B22, B23, B24, B25, B26, B27, B28, B29,
        B30, B31, B32, B33, B34, B35, B36, B37, B38, B39, B40, B41, B42, B43, B44, B45, B46, B47, B48, B49, B50, B51, B52, B53, B54, B55, B56, B57, B58, B59,
        B60, B61, B62, B63, B64, B65, B66, B67, B68, B69 }

    public static void main(String[] args) {
        EnumMap<Day, Integer> hours = new EnumMap<>(Day.class);
        hours.put(Day.FRI, 6); hours.put(Day.MON, 8); hours.put(Day.WED, 7); hours.put(Day.SUN, 0);
        System.out.println(hours + " " + hours.size() + " " + hours.containsKey(Day.TUE) + " " + hours.get(Day.WED));
        hours.merge(Day.MON, 2, Integer::sum);
        hours.remove(Day.SUN);
        int total = 0;
        for (Map.Entry<Day, Integer> e : hours.entrySet()) total += e.getValue() * (e.getKey().ordinal() + 1);
        System.out.println(hours.keySet() + " " + hours.values() + " weighted " + total);
        try { hours.put(null, 1); } catch (NullPointerException e) { System.out.println("null key -> NPE"); }
        EnumSet<Day> weekend = EnumSet.of(Day.SAT, Day.SUN);
        EnumSet<Day> weekdays = EnumSet.complementOf(weekend);
        EnumSet<Day> mid = EnumSet.range(Day.TUE, Day.THU);
        System.out.println(weekend + " " + weekdays + " " + mid + " " + EnumSet.allOf(Day.class) + " " + EnumSet.noneOf(Day.class));
        EnumSet<Day> s = EnumSet.copyOf(mid);
        s.add(Day.SUN); s.remove(Day.WED); s.addAll(weekend);
        System.out.println(s + " " + s.contains(Day.WED) + " " + s.containsAll(weekend) + " " + s.size());
        s.retainAll(weekdays);
        System.out.println(s + " " + EnumSet.of(Day.WED, Day.MON, Day.FRI).iterator().next());
        EnumSet<Big> bigs = EnumSet.noneOf(Big.class);
        for (Big b : Big.values()) if (b.ordinal() % 7 == 0) bigs.add(b);
        System.out.println(bigs + " " + bigs.size() + " " + EnumSet.complementOf(bigs).size() + " " + EnumSet.range(Big.B60, Big.B69));
        EnumMap<Big, String> bm = new EnumMap<>(Big.class);
        bm.put(Big.B65, "x"); bm.put(Big.B1, "y");
        System.out.println(bm + " " + bm.equals(Map.of(Big.B1, "y", Big.B65, "x")));
        EnumMap<Day, Integer> copy = new EnumMap<>(hours);
        copy.replaceAll((k, v) -> v * 10);
        System.out.println(copy + " " + hours);
    }
}
