// hexadecimal floating point: Double/Float.toHexString for normals, subnormals, extremes and specials; %a/%A with precision (rounding of the significand, subnormals); parsing hex literals back, including hex-float literals in source.
import java.util.Locale;

public class HexFloatStrings {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, -1.0, 0.1, 1.0 / 3, 2.0, 0.5, 1024.0, Math.PI, Math.E,
                Double.MAX_VALUE, Double.MIN_NORMAL, Double.MIN_VALUE, Double.MIN_NORMAL - Double.MIN_VALUE,
                Double.MIN_VALUE * 3, 0x1.fffffffffffffp-1, -0x1.8p100, 1e300, 1e-300,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double d : ds) {
            System.out.println(Double.toHexString(d) + " | " + String.format(Locale.ROOT, "%a|%.1a|%.3a|%A|%20.2a|%-12.0a|", d, d, d, d, d, d));
        }
        float[] fs = {0.0f, -0.0f, 1.0f, 0.1f, 1.0f / 3, Float.MAX_VALUE, Float.MIN_NORMAL, Float.MIN_VALUE, 0x1.fffffep-127f, 3.4e-40f, Float.NaN, Float.NEGATIVE_INFINITY};
        for (float f : fs) {
            System.out.println("f " + Float.toHexString(f) + " | " + Double.toHexString(f) + " | " + String.format(Locale.ROOT, "%a", f));
        }
        String[] ins = {"0x1p0", "0X1P-1", "0x.8p1", "0x1.8p1", "-0x1.0p-1074", "0x1.0p-1075", "0x1.0000000000001p-1075", "0x1.fffffffffffff8p1023",
                "0x1.fffffffffffff7ffp1023", "0x0.0000000000001p-1022", "0xABCp-4d", "0x1p1f", "  0x10p0  ", "0x1.00000000000008p0",
                "0x1.00000000000018p0", "0x1.000000000000080000001p0", "0x1", "0x.p1", "0x1p", "0xgp0"};
        for (String s : ins) {
            try {
                double d = Double.parseDouble(s);
                float f = Float.parseFloat(s);
                System.out.println("parse " + s.trim() + " -> " + d + " " + Double.toHexString(d) + " / " + f + " " + Float.toHexString(f));
            } catch (NumberFormatException e) {
                System.out.println("parse " + s + " NFE " + e.getMessage());
            }
        }
        System.out.println("literals " + 0x1.0p-1074 + " " + 0x1p-149f + " " + 0x1.fffffeP+127f + " " + 0xFp2 + " " + 0x.1p4);
        System.out.println("round trip all: " + roundTrips());
        System.out.println(String.format(Locale.ROOT, "%.13a %.14a %.0a %.0a %.0a", 1.0, 1.0, 1.5, 1.75, 2.5));
        System.out.println(String.format(Locale.ROOT, "%.1a %.1a %.1a %.1a", 1.03125, 1.09375, 1.96875, 0x1.f8p0));
        System.out.println(String.format(Locale.ROOT, "%.2a %.2a %a", Double.MIN_VALUE, Double.MIN_NORMAL * 0.75, Double.MIN_NORMAL * 0.75));
        System.out.println(String.format(Locale.ROOT, "%+a %+a % a %010a %-+12a|", 1.0, -1.0, 1.0, 1.0, 2.0));
    }

    static int roundTrips() {
        long bits = 0x3ff0000000000001L;
        int ok = 0;
        for (int i = 0; i < 500; i++) {
            bits = bits * 6364136223846793005L + 1442695040888963407L;
            double d = Double.longBitsToDouble(bits);
            if (Double.isNaN(d)) { ok++; continue; }
            if (Double.doubleToRawLongBits(Double.parseDouble(Double.toHexString(d))) == bits) ok++;
            else System.out.println("mismatch " + Long.toHexString(bits) + " " + Double.toHexString(d));
        }
        return ok;
    }
}
