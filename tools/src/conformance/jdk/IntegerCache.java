// boxing caches: == on Integer/Long/Short/Byte/Character inside and outside -128..127, valueOf vs new, Boolean constants, equals.
public class IntegerCache {
    @SuppressWarnings({"removal", "deprecation"})
    public static void main(String[] args) {
        int[] probes = {-129, -128, -1, 0, 1, 100, 127, 128, 1000};
        for (int p : probes) {
            Integer a = p, b = p;
            Integer c = Integer.valueOf(p), d = new Integer(p);
            Long la = (long) p, lb = (long) p;
            Short sa = (short) p, sb = (short) p;
            System.out.println(p + ": int " + (a == b) + " valueOf " + (a == c) + " new " + (a == d) + " eq " + a.equals(d) + " long " + (la == lb) + " short " + (sa == sb));
        }
        for (int p : new int[]{0, 65, 127, 128, 200, 1000}) {
            Character x = (char) p, y = (char) p;
            System.out.println("char " + p + " " + (x == y));
        }
        Byte b1 = (byte) 200, b2 = (byte) 200;
        System.out.println("byte " + (b1 == b2) + " " + b1);
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE"), t3 = Boolean.parseBoolean("yes");
        System.out.println("bool " + (t1 == t2) + " " + (t1 == Boolean.TRUE) + " " + t3 + " " + (t3 == Boolean.FALSE));
        Double d1 = 1.0, d2 = 1.0;
        Float f1 = 1f, f2 = 1f;
        System.out.println("double same " + (d1 == d2) + " equals " + d1.equals(d2) + " float same " + (f1 == f2));
        Integer big1 = 1000, big2 = 1000;
        System.out.println("compare " + (big1 <= big2 && big1 >= big2) + " identity " + (big1 == big2) + " intValue " + (big1.intValue() == big2) + " equals " + big1.equals(big2));
        Long l1 = 127L;
        Integer i1 = 127;
        System.out.println("cross-type equals " + l1.equals(127) + " " + l1.equals(127L) + " " + i1.equals((short) 127) + " " + (l1 == 127) + " " + new Long(5).equals(5L));
        int same = 0;
        for (int k = -200; k < 200; k++) { Integer x = k, y = k; if (x == y) same++; }
        System.out.println("identical boxes in -200..199: " + same);
        Integer nul = null;
        try { int bad = nul; System.out.println(bad); } catch (NullPointerException e) { System.out.println("unboxing null -> NPE"); }
        System.out.println(Integer.valueOf(127) == Integer.valueOf("127") ? "string valueOf cached" : "not cached");
    }
}
