// StrictMath transcendental functions (fdlibm-exact results): sin cos tan asin acos atan atan2 exp log log10 log1p expm1 sinh cosh tanh pow cbrt.
public class StrictMathFunctions {
    public static void main(String[] args) {
        double[] xs = {0.0, -0.0, 0.5, 1.0, -1.0, 2.0, Math.PI / 6, Math.PI / 4, Math.PI, 10.0, 100.0, 1e-10, 1e10, Double.NaN, Double.POSITIVE_INFINITY};
        for (double x : xs) {
            System.out.println(x + ": sin=" + StrictMath.sin(x) + " cos=" + StrictMath.cos(x) + " tan=" + StrictMath.tan(x) + " atan=" + StrictMath.atan(x));
            System.out.println("   exp=" + StrictMath.exp(x) + " log=" + StrictMath.log(x) + " log10=" + StrictMath.log10(x) + " log1p=" + StrictMath.log1p(x) + " expm1=" + StrictMath.expm1(x));
            System.out.println("   sinh=" + StrictMath.sinh(x) + " cosh=" + StrictMath.cosh(x) + " tanh=" + StrictMath.tanh(x) + " cbrt=" + StrictMath.cbrt(x) + " sqrt=" + StrictMath.sqrt(x));
        }
        double[] us = {-1.0, -0.5, 0.0, 0.5, 1.0, 1.5};
        for (double u : us) System.out.println("asin/acos " + u + " " + StrictMath.asin(u) + " " + StrictMath.acos(u));
        double[][] pts = {{1, 1}, {-1, 1}, {-1, -1}, {1, -1}, {0, -0.0}, {-0.0, -1}, {0.0, 0.0}, {-0.0, -0.0}};
        for (double[] p : pts) System.out.print(StrictMath.atan2(p[0], p[1]) + " ");
        System.out.println();
        System.out.println(StrictMath.pow(2.0, 0.5) + " " + StrictMath.pow(1.0001, 10000) + " " + StrictMath.pow(-2, 0.5) + " " + StrictMath.hypot(1e-300, 1e-300));
        System.out.println(StrictMath.floor(-1.5) + " " + StrictMath.ceil(-1.5) + " " + StrictMath.rint(2.5) + " " + StrictMath.round(2.5) + " " + StrictMath.abs(-3));
        double acc = 0;
        for (int i = 1; i <= 1000; i++) acc += StrictMath.sin(i) * StrictMath.log(i);
        System.out.println("accumulated " + acc);
        System.out.println("Math vs StrictMath sqrt " + (Math.sqrt(7) == StrictMath.sqrt(7)) + " floor " + (Math.floor(-7.5) == StrictMath.floor(-7.5)));
    }
}
