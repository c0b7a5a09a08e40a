// java.util.regex: numbered and named groups, find loops with start/end, matches vs lookingAt vs find, group count, optional groups, nested groups, region.
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class RegexGroups {
    public static void main(String[] args) {
        Pattern date = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
        Matcher m = date.matcher("dates: 2024-01-15, 1999-12-31 and 2000-02-29.");
        while (m.find()) System.out.println(m.group() + " y=" + m.group(1) + " m=" + m.group(2) + " d=" + m.group(3) + " at " + m.start() + "-" + m.end() + " g2 at " + m.start(2));
        System.out.println("groupCount " + m.groupCount());
        Pattern named = Pattern.compile("(?<user>[\\w.]+)@(?<host>[\\w.]+)\\.(?<tld>[a-z]{2,})");
        Matcher n = named.matcher("contact: jane.doe@mail.example.org, bob@test.io");
        while (n.find()) System.out.println(n.group("user") + " | " + n.group("host") + " | " + n.group("tld") + " | " + n.start("host"));
        Pattern opt = Pattern.compile("(a)?(b)(c)?");
        Matcher o = opt.matcher("b");
        System.out.println(o.matches() + " " + o.group(1) + " " + o.group(2) + " " + o.group(3) + " " + o.start(1));
        Pattern nest = Pattern.compile("((\\w)(\\w))(\\w)");
        Matcher ne = nest.matcher("xyz");
        if (ne.matches()) for (int g = 0; g <= ne.groupCount(); g++) System.out.print(g + "=" + ne.group(g) + " ");
        System.out.println();
        Pattern p = Pattern.compile("\\d+");
        System.out.println(p.matcher("123").matches() + " " + p.matcher("123abc").matches() + " " + p.matcher("123abc").lookingAt() + " " + p.matcher("abc123").lookingAt() + " " + p.matcher("abc123").find());
        Matcher r = p.matcher("11 22 33 44");
        r.region(3, 8);
        StringBuilder sb = new StringBuilder();
        while (r.find()) sb.append(r.group()).append('@').append(r.start()).append(' ');
        System.out.println("region " + sb);
        Matcher f = p.matcher("a1b22c333");
        System.out.println(f.find(4) + " " + f.group() + " " + f.hitEnd());
        System.out.println(p.matcher("x9y88z777").results().map(mr -> mr.group() + ":" + mr.start()).toList());
        try { Matcher bad = p.matcher("abc"); bad.group(); } catch (IllegalStateException e) { System.out.println("group before match: " + e.getMessage()); }
        try { Matcher bad = date.matcher("2024-01-15"); bad.find(); bad.group(4); } catch (IndexOutOfBoundsException e) { System.out.println("group 4: " + e.getMessage()); }
        try { Matcher bad = named.matcher("a@b.cd"); bad.find(); bad.group("nope"); } catch (IllegalArgumentException e) { System.out.println("named: " + e.getMessage()); }
        Matcher back = Pattern.compile("(\\w)\\1").matcher("hello bookkeeper");
        sb.setLength(0);
        while (back.find()) sb.append(back.group()).append(' ');
        System.out.println("backref doubles " + sb);
        System.out.println(Pattern.matches("[a-c]{3}", "abc") + " " + Pattern.matches("[a-c]{3}", "abd") + " " + Pattern.compile("x*").matcher("").matches() + " " + Pattern.quote("1+1=2") + " " + Pattern.matches(Pattern.quote("a.b"), "a.b"));
    }
}
