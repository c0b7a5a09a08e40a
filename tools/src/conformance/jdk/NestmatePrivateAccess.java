// nestmates (JDK 11+): nested classes reading and writing each other's private fields and calling private methods and constructors directly; reflection on nest host and members.
import java.util.Arrays;

public class NestmatePrivateAccess {
    private int secret = 1;
    private static String hidden = "outer-hidden";
    private NestmatePrivateAccess() { }
    private int bump(int by) { secret += by; return secret; }

    static class Vault {
        private long balance;
        private Vault(long start) { balance = start; }
        private void deposit(long x) { balance += x; }
        private static String code() { return "vault-code"; }
    }
    class InnerSpy {
        private String peek() { return "secret=" + secret + " hidden=" + hidden; }
        void poke() { secret *= 10; bump(5); }
    }
    interface Api { private static int helper() { return 99; } static int call() { return helper(); } }
    enum Mode { ON, OFF; private int weight() { return ordinal() * 10 + 1; } }
    record Pair(int a, int b) { private int sum() { return a + b; } }

    public static void main(String[] args) throws Exception {
        NestmatePrivateAccess o = new NestmatePrivateAccess();
        Vault v = new Vault(100);
        v.deposit(50);
        v.balance -= 7;
        System.out.println(v.balance + " " + Vault.code());
        InnerSpy spy = o.new InnerSpy();
        spy.poke();
        System.out.println(spy.peek() + " " + o.secret + " " + o.bump(1));
        hidden = "changed";
        System.out.println(spy.peek() + " " + Api.call() + " " + Mode.OFF.weight() + " " + new Pair(3, 4).sum());
        System.out.println(Vault.class.getNestHost().getSimpleName() + " " + InnerSpy.class.getNestHost().getSimpleName() + " " + NestmatePrivateAccess.class.getNestHost().getSimpleName()
            + " " + Vault.class.isNestmateOf(InnerSpy.class) + " " + Vault.class.isNestmateOf(String.class));
        String[] members = Arrays.stream(NestmatePrivateAccess.class.getNestMembers()).map(Class::getSimpleName).sorted().toArray(String[]::new);
        System.out.println(Arrays.toString(members));
        var m = Vault.class.getDeclaredMethod("deposit", long.class);
        m.invoke(v, 1000L);
        System.out.println("reflective private call from nestmate " + v.balance);
        var f = NestmatePrivateAccess.class.getDeclaredField("secret");
        f.setInt(o, -1);
        System.out.println("reflective private field " + o.secret);
    }
}
