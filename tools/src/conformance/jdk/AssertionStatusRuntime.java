// assert statements and run-time assertion status: disabled by default, ClassLoader.setDefaultAssertionStatus/setClassAssertionStatus/clearAssertionStatus affect only classes initialized afterwards, desiredAssertionStatus, AssertionError messages for every detail type (Object, primitive, Throwable cause), and side effects in disabled assert expressions.
public class AssertionStatusRuntime {
    static int sideEffects;
    static boolean bump() { sideEffects++; return false; }

    static class Early { static String check() { try { assert bump() : "early"; return "no error"; } catch (AssertionError e) { return "AssertionError " + e.getMessage(); } } }
    static class Late { static String check() { try { assert bump() : "late"; return "no error"; } catch (AssertionError e) { return "AssertionError " + e.getMessage(); } } }
    static class Specific { static String check() { try { assert false; return "no error"; } catch (AssertionError e) { return "AssertionError " + e.getMessage(); } } }
    static class Disabled { static String check() { try { assert false : 1; return "no error"; } catch (AssertionError e) { return "AssertionError " + e.getMessage(); } } }
    static class Kinds {
        static void run() {
            Object[] details = {"text", 42, 3.5, 'c', true, 7L, 1.5f, null, new int[0].length};
            for (Object d : details) {
                try { assert false : d; } catch (AssertionError e) { System.out.println("  detail " + d + " -> message '" + e.getMessage() + "' cause " + e.getCause()); }
            }
            try { assert false : new IllegalStateException("as cause"); } catch (AssertionError e) { System.out.println("  throwable detail -> message '" + e.getMessage() + "' cause " + e.getCause()); }
            int x = 5;
            try { assert x < 0 : x * 10; } catch (AssertionError e) { System.out.println("  int expression detail " + e.getMessage()); }
            try { assert x < 0 : (char) 65; } catch (AssertionError e) { System.out.println("  char detail " + e.getMessage()); }
            try { assert x < 0; } catch (AssertionError e) { System.out.println("  no detail message " + e.getMessage() + " toString " + e); }
        }
    }

    public static void main(String[] args) {
        ClassLoader cl = AssertionStatusRuntime.class.getClassLoader();
        System.out.println("main class desired " + AssertionStatusRuntime.class.desiredAssertionStatus());
        boolean enabledHere = false;
        assert enabledHere = true;
        System.out.println("asserts in main enabled " + enabledHere);
        System.out.println("Early " + Early.check() + " sideEffects " + sideEffects);
        cl.setDefaultAssertionStatus(true);
        cl.setClassAssertionStatus("AssertionStatusRuntime$Disabled", false);
        System.out.println("after setDefault: Early again " + Early.check() + " desired(Early) " + Early.class.desiredAssertionStatus());
        System.out.println("Late " + Late.check() + " sideEffects " + sideEffects + " desired " + Late.class.desiredAssertionStatus());
        System.out.println("Specific " + Specific.check());
        System.out.println("Disabled " + Disabled.check() + " desired " + Disabled.class.desiredAssertionStatus());
        System.out.println("detail kinds:");
        Kinds.run();
        cl.clearAssertionStatus();
        System.out.println("after clear desired(Late) " + Late.class.desiredAssertionStatus() + " Late still enabled (status fixed at init): " + Late.check());
        System.out.println("system classes desired " + String.class.desiredAssertionStatus() + " main enabled after all " + checkMain());
    }

    static boolean checkMain() { boolean on = false; assert on = true; return on; }
}
