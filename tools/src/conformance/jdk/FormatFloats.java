// String.format floating conversions: %f %e %E %g %G %a with precision, width, flags, rounding (HALF_UP), NaN/Infinity, BigDecimal.
import java.math.BigDecimal;

public class FormatFloats {
    public static void main(String[] args) {
        double[] vals = {0.0, -0.0, 1.0, -1.5, 3.14159265358979, 2.5, 0.125, 1234567.891, 1e-5, 1e-10, 6.02214076e23, 0.000123456, 99.995, Double.MAX_VALUE, Double.MIN_VALUE};
        for (double v : vals) {
            System.out.println(String.format("%f|%.2f|%10.3f|%-10.1f|%e|%.3e|%E|%g|%.3g|%G|%,.2f|%+.1f", v, v, v, v, v, v, v, v, v, v, v, v));
        }
        double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double v : specials) System.out.println(String.format("%f %e %g %10.2f %-10f| %+f %(f", v, v, v, v, v, v, v));
        float f = 1.1f;
        System.out.println(String.format("%f %.10f %e %s", f, f, f, f));
        System.out.println(String.format("%.0f %.0f %.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5, -1.5, 3.5));
        System.out.println(String.format("%.1f %.1f %.1f %.2f %.2f", 0.05, 0.15, 0.25, 1.005, 1.015));
        System.out.println(String.format("%a %a %a %A %.2a", 1.0, -0.5, 255.5, 1e-3, Math.PI));
        System.out.println(String.format("%(,.2f %(,.2f %08.2f %+08.2f %-+9.2f|", -1234.5, 1234.5, -3.14159, 3.14159, 2.0));
        BigDecimal bd = new BigDecimal("12345678901234567890.123456789");
        System.out.println(String.format("%f %.2f %e %,.3f %g", bd, bd, bd, bd, bd));
        System.out.println(String.format("%.15g %.17g %.1g %g %g", 0.1, 0.1, 0.96, 100000.0, 1000000.0));
        System.out.println(String.format("%10.4e|%-12.2E|%012.3f", 12345.6789, -0.000314, -2.5));
        try { String.format("%d", 1.0); } catch (java.util.IllegalFormatConversionException e) { System.out.println("IFCE " + e.getMessage()); }
        try { String.format("%.2d", 1); } catch (java.util.IllegalFormatPrecisionException e) { System.out.println("IFPE " + e.getMessage()); }
    }
}
