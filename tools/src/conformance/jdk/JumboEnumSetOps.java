// enums with more than 64 constants: JumboEnumSet (range across the 64 boundary, complementOf, iterator remove, retainAll/removeAll, equals with RegularEnumSet), EnumMap over 70 keys, values()/valueOf/ordinal at scale, and switch over many enum constants.
import java.util.*;

public class JumboEnumSetOps {
    enum Big {
        E00, E01, E02, E03, E04, E05, E06, E07, E08, E09,
        E10, E11, E12, E13, E14, E15, E16, E17, E18, E19,
        E20, E21, E22, E23, E24, E25, E26, E27, E28, E29,
        E30, E31, E32, E33, E34, E35, E36, E37, E38, E39,
        E40, E41, E42, E43, E44, E45, E46, E47, E48, E49,
        E50, E51, E52, E53, E54, E55, E56, E57, E58, E59,
        E60, E61, E62, E63, E64, E65, E66, E67, E68, E69
    }

    enum Small { A, B, C, D }

    static int weight(Big b) {
        switch (b) {
            case E00: return 1;
            case E07: return 7;
            case E31: return 31;
            case E32: return 32;
            case E63: return 63;
            case E64: return 64;
            case E65: return 65;
            case E69: return 69;
            default: return -b.ordinal();
        }
    }

    public static void main(String[] args) {
        System.out.println("values " + Big.values().length + " first " + Big.values()[0] + " last " + Big.values()[69] + " valueOf(E64).ordinal " + Big.valueOf("E64").ordinal());
        EnumSet<Big> none = EnumSet.noneOf(Big.class);
        EnumSet<Big> all = EnumSet.allOf(Big.class);
        System.out.println("set class jumbo=" + all.getClass().getSimpleName() + " small=" + EnumSet.allOf(Small.class).getClass().getSimpleName());
        System.out.println("sizes " + none.size() + " " + all.size());
        EnumSet<Big> range = EnumSet.range(Big.E60, Big.E67);
        System.out.println("range " + range + " size " + range.size());
        EnumSet<Big> comp = EnumSet.complementOf(range);
        System.out.println("complement size " + comp.size() + " contains E59 " + comp.contains(Big.E59) + " E60 " + comp.contains(Big.E60) + " E68 " + comp.contains(Big.E68));
        EnumSet<Big> every7 = EnumSet.noneOf(Big.class);
        for (Big b : Big.values()) if (b.ordinal() % 7 == 0) every7.add(b);
        System.out.println("every7 " + every7);
        EnumSet<Big> inter = EnumSet.copyOf(every7);
        inter.retainAll(range);
        System.out.println("retainAll " + inter);
        EnumSet<Big> diff = EnumSet.copyOf(all);
        diff.removeAll(every7);
        diff.removeAll(EnumSet.range(Big.E10, Big.E59));
        System.out.println("removeAll " + diff);
        Iterator<Big> it = diff.iterator();
        while (it.hasNext()) { Big b = it.next(); if (b.ordinal() % 2 == 1) it.remove(); }
        System.out.println("iterator remove odd " + diff + " size " + diff.size());
        try { Iterator<Big> it2 = diff.iterator(); it2.remove(); } catch (IllegalStateException e) { System.out.println("remove before next ISE"); }
        EnumSet<Big> single = EnumSet.of(Big.E64);
        System.out.println("of(E64) " + single + " containsAll " + all.containsAll(single) + " equals " + single.equals(EnumSet.range(Big.E64, Big.E64)));
        System.out.println("of varargs " + EnumSet.of(Big.E69, Big.E00, Big.E63, Big.E64, Big.E01));
        System.out.println("hash equal " + (range.hashCode() == new HashSet<>(range).hashCode()) + " equals HashSet " + range.equals(new HashSet<>(range)) + " " + new HashSet<>(range).equals(range));
        EnumSet<Big> boundary = EnumSet.range(Big.E62, Big.E65);
        boundary.add(Big.E00);
        boundary.remove(Big.E63);
        System.out.println("boundary " + boundary + " addAll result " + boundary.addAll(EnumSet.of(Big.E63)) + " again " + boundary.addAll(EnumSet.of(Big.E63)));
        EnumSet<Big> cloned = boundary.clone();
        cloned.clear();
        System.out.println("clone cleared " + cloned + " original " + boundary.size() + " isEmpty " + cloned.isEmpty());
        try { EnumSet.range(Big.E50, Big.E10); } catch (IllegalArgumentException e) { System.out.println("bad range: " + e.getMessage()); }
        try { EnumSet.copyOf(new ArrayList<Big>()); } catch (IllegalArgumentException e) { System.out.println("copyOf empty: " + e.getMessage()); }
        try { all.add(null); } catch (NullPointerException e) { System.out.println("add null NPE"); }
        System.out.println("contains foreign " + all.contains(Small.A) + " remove foreign " + all.remove("E01"));
        EnumMap<Big, Integer> em = new EnumMap<>(Big.class);
        for (Big b : Big.values()) if (b.ordinal() % 9 == 4) em.put(b, weight(b));
        em.put(Big.E64, weight(Big.E64));
        em.put(Big.E07, weight(Big.E07));
        System.out.println("enummap " + em);
        System.out.println("enummap keys after E50 " + new TreeMap<>(em).tailMap(Big.E50).keySet() + " firstKey " + new TreeMap<>(em).firstKey());
        long total = 0;
        for (Big b : Big.values()) total += weight(b);
        System.out.println("weight total " + total);
        System.out.println("compareTo " + Big.E64.compareTo(Big.E03) + " name " + Big.E64.name() + " declaring " + Big.E64.getDeclaringClass().getSimpleName());
        try { Big.valueOf("E70"); } catch (IllegalArgumentException e) { System.out.println("valueOf: " + e.getMessage()); }
        EnumSet<Big> viaStream = EnumSet.noneOf(Big.class);
        Arrays.stream(Big.values()).filter(b -> b.name().endsWith("5")).forEach(viaStream::add);
        System.out.println("stream-built " + viaStream + " complement of complement eq " + EnumSet.complementOf(EnumSet.complementOf(viaStream)).equals(viaStream));
    }
}
