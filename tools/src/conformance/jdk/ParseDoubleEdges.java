// Double.parseDouble/Float.parseFloat: signs, exponents, hex floats, suffixes d/f, whitespace, NaN/Infinity, rounding boundaries, malformed input messages.
public class ParseDoubleEdges {
    static void tryParse(String s) {
        try {
            double d = Double.parseDouble(s);
            float f = Float.parseFloat(s);
            System.out.println("\"" + s + "\" -> " + d + " / " + f);
        } catch (NumberFormatException e) {
            System.out.println("\"" + s + "\" -> NFE " + e.getMessage());
        } catch (NullPointerException e) {
            System.out.println("null -> NPE");
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"0", "-0", "+0.0", "1", "1.", ".5", "-.5e1", "1e10", "1E-10", "1e+3", "  42  ", "\t7\n", "3.14d", "2.5f", "2.5F", "1D",
                "NaN", "-NaN", "Infinity", "-Infinity", "+Infinity", "infinity", "1e400", "-1e400", "1e-400", "4.9e-324", "2.4703282292062328e-324",
                "2.4703282292062327e-324", "0x1p0", "0x1.8p1", "-0x.8p-1", "0X1P10", "0x1p-1074", "0x1.fffffffffffffp1023", "9007199254740993",
                "0.1000000000000000055511151231257827", "123456789012345678901234567890", "1e", "e5", "", " ", "1.2.3", "--1", "0x1", "1_000", "abc", null,
                "3.4028235e38", "3.4028236e38", "1.0e-45", "7e-46", "0.30000000000000004"};
        for (String s : inputs) tryParse(s);
        System.out.println(Double.valueOf("1.5").equals(1.5) + " " + Float.valueOf("1.5").equals(1.5f) + " " + new java.math.BigDecimal("0.1").doubleValue());
    }
}
