// enums: constant-specific bodies, fields and constructors, abstract methods, values()/valueOf/ordinal/name/compareTo, valueOf errors, enum in switch, interfaces.
public class EnumsWithBodies {
    interface Op { int apply(int a, int b); }
    enum Calc implements Op {
        ADD("+") { public int apply(int a, int b) { return a + b; } },
        SUB("-") { public int apply(int a, int b) { return a - b; } },
        MUL("*") { public int apply(int a, int b) { return a * b; } String describe() { return "times"; } },
        DIV("/") { public int apply(int a, int b) { return a / b; } };
        final String symbol;
        Calc(String symbol) { this.symbol = symbol; }
        String describe() { return name().toLowerCase(); }
    }
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);
        final double mass, radius;
        Planet(double mass, double radius) { this.mass = mass; this.radius = radius; }
        double gravity() { return 6.67300E-11 * mass / (radius * radius); }
    }
    enum Color { RED, GREEN, BLUE; Color next() { return values()[(ordinal() + 1) % values().length]; } }
    enum Empty { }

    static String kind(Color c) {
        switch (c) { case RED: return "warm"; case GREEN: case BLUE: return "cool"; default: return "?"; }
    }

    public static void main(String[] args) {
        for (Calc c : Calc.values()) System.out.println(c + " " + c.symbol + " " + c.apply(12, 4) + " " + c.describe() + " ord=" + c.ordinal() + " class=" + (c.getClass() == Calc.class) + " declaring=" + c.getDeclaringClass().getSimpleName());
        for (Planet p : Planet.values()) System.out.printf("%s %.2f%n", p, p.gravity());
        System.out.println(Color.valueOf("GREEN") + " " + Color.RED.next() + " " + Color.BLUE.next() + " " + Color.RED.compareTo(Color.BLUE) + " " + Color.BLUE.compareTo(Color.RED) + " " + Color.GREEN.name());
        for (String s : new String[]{"RED", "red", "PURPLE", ""}) {
            try { System.out.println("valueOf " + s + " = " + Color.valueOf(s)); } catch (IllegalArgumentException e) { System.out.println("valueOf " + s + " -> " + e.getMessage()); }
        }
        try { Color.valueOf(null); } catch (NullPointerException e) { System.out.println("valueOf null -> NPE " + e.getMessage()); }
        try { Enum.valueOf(Calc.class, "MOD"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        for (Color c : Color.values()) System.out.print(kind(c) + " ");
        System.out.println();
        for (Color c : Color.values()) {
            String s = switch (c) { case RED -> "r"; case GREEN -> "g"; case BLUE -> "b"; };
            System.out.print(s);
        }
        System.out.println(" " + Empty.values().length + " " + (Color.values() != Color.values()) + " " + Color.RED.equals(Color.valueOf("RED")) + " " + (Color.RED == Color.valueOf("RED")));
        System.out.println(Calc.MUL.getClass().getSuperclass().getSimpleName() + " " + Calc.class.isEnum() + " " + Calc.MUL.getClass().isEnum() + " " + Calc.ADD.toString().equals(Calc.ADD.name()));
        try { Calc.DIV.apply(1, 0); } catch (ArithmeticException e) { System.out.println("DIV: " + e.getMessage()); }
        java.util.Map<Color, Integer> counts = new java.util.TreeMap<>();
        for (int i = 0; i < 10; i++) counts.merge(Color.values()[i * 7 % 3], 1, Integer::sum);
        System.out.println(counts);
    }
}
