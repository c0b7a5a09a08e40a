// class initialization triggers (JVMS 5.5): static field read and write, static method call, new, Class.forName; non-triggers: constant variables, array creation, class literals.
public class ClassInitTriggers {
    static StringBuilder log = new StringBuilder();
    static void note(String s) { log.append(s).append(' '); }

    static class ReadField { static { note("init:ReadField"); } static int value = 5; }
    static class WriteField { static { note("init:WriteField"); } static int value; }
    static class CallMethod { static { note("init:CallMethod"); } static int call() { return 7; } }
    static class NewInstance { static { note("init:NewInstance"); } }
    static class Constants { static { note("init:Constants"); } static final int K = 42; static final String S = "const"; static final Integer BOXED = 9; }
    static class ArrayOnly { static { note("init:ArrayOnly"); } }
    static class LiteralOnly { static { note("init:LiteralOnly"); } }
    static class Reflect { static { note("init:Reflect"); } }
    static class ReflectNoInit { static { note("init:ReflectNoInit"); } }
    static class Once { static int count; static { count++; note("init:Once"); } }
    static class Computed { static final long T = Long.parseLong("1"); static { note("init:Computed"); } }

    static void step(String what) { System.out.println(what + " -> [" + log.toString().trim() + "]"); log.setLength(0); }

    public static void main(String[] args) throws Exception {
        step("start");
        int k = Constants.K; String s = Constants.S;
        step("read constant variables " + k + " " + s);
        Integer b = Constants.BOXED;
        step("read non-constant static final " + b);
        ArrayOnly[] arr = new ArrayOnly[3];
        ArrayOnly[][] arr2 = new ArrayOnly[2][2];
        step("create arrays " + arr.length + arr2.length);
        Class<?> c = LiteralOnly.class;
        step("class literal " + c.getSimpleName());
        int v = ReadField.value;
        step("read static field " + v);
        WriteField.value = 3;
        step("write static field");
        int r = CallMethod.call();
        step("call static method " + r);
        new NewInstance();
        step("new");
        Class.forName("ClassInitTriggers$ReflectNoInit", false, ClassInitTriggers.class.getClassLoader());
        step("forName initialize=false");
        Class.forName("ClassInitTriggers$Reflect");
        step("forName");
        for (int i = 0; i < 3; i++) { int x = Once.count; }
        step("read three times, count=" + Once.count);
        long t = Computed.T;
        step("static final with runtime value " + t);
        Object o = new ArrayOnly[0];
        step("instanceof on array " + (o instanceof ArrayOnly[]));
    }
}
