// a ten-level class hierarchy: constructor chaining order, super.method() at each level, field shadowing per level, instanceof/cast at every depth, interface added midway.
public class DeepInheritanceChain {
    static StringBuilder log = new StringBuilder();
    interface Marker { default String mark() { return "marked@" + depth(); } int depth(); }
    static class L0 { String tag = "L0"; L0() { log.append(0); } int depth() { return 0; } String chain() { return "L0"; } }
    static class L1 extends L0 { String tag = "L1"; L1() { log.append(1); } int depth() { return 1; } String chain() { return super.chain() + ">L1"; } }
    static class L2 extends L1 { L2() { log.append(2); } int depth() { return 2; } String chain() { return super.chain() + ">L2"; } }
    static class L3 extends L2 { String tag = "L3"; L3() { log.append(3); } int depth() { return 3; } String chain() { return super.chain() + ">L3"; } }
    static class L4 extends L3 implements Marker { L4() { log.append(4); } public int depth() { return 4; } String chain() { return super.chain() + ">L4"; } }
    static class L5 extends L4 { L5() { log.append(5); } public int depth() { return 5; } }
    static class L6 extends L5 { String tag = "L6"; L6() { log.append(6); } public int depth() { return 6; } String chain() { return super.chain() + ">L6"; } }
    static class L7 extends L6 { L7() { log.append(7); } public int depth() { return 7; } String chain() { return super.chain() + ">L7"; } }
    static class L8 extends L7 { L8() { log.append(8); } public int depth() { return 8; } public String mark() { return "L8:" + super.mark(); } }
    static class L9 extends L8 { String tag = "L9"; L9() { log.append(9); } public int depth() { return 9; } String chain() { return super.chain() + ">L9"; } }

    public static void main(String[] args) {
        L9 nine = new L9();
        System.out.println("construction order " + log);
        System.out.println(nine.chain() + " depth " + nine.depth() + " " + nine.mark());
        System.out.println("tags " + nine.tag + " " + ((L8) nine).tag + " " + ((L5) nine).tag + " " + ((L3) nine).tag + " " + ((L2) nine).tag + " " + ((L0) nine).tag);
        Object o = nine;
        System.out.println((o instanceof L0) + " " + (o instanceof L4) + " " + (o instanceof Marker) + " " + (o instanceof L9) + " " + (new L3() instanceof Marker));
        L0[] all = {new L0(), new L1(), new L2(), new L3(), new L4(), new L5(), new L6(), new L7(), new L8(), new L9()};
        for (L0 x : all) System.out.println(x.getClass().getSimpleName() + " depth=" + x.depth() + " chain=" + x.chain() + " marker=" + (x instanceof Marker m ? m.mark() : "-") + " super=" + x.getClass().getSuperclass().getSimpleName());
        int total = 0;
        for (int i = 0; i < 1000; i++) total += all[i % 10].depth();
        System.out.println("total " + total);
        Class<?> c = L9.class;
        StringBuilder sb = new StringBuilder();
        while (c != null) { sb.append(c.getSimpleName()).append(' '); c = c.getSuperclass(); }
        System.out.println(sb.toString().trim());
    }
}
