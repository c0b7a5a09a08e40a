// java.util.StringTokenizer (delimiters, returnDelims, countTokens, changing delimiters mid-stream) compared with String.split and Scanner-free manual tokenizing.
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.StringTokenizer;

public class StringTokenizerAndSplitting {
    static List<String> all(StringTokenizer st) { List<String> out = new ArrayList<>(); while (st.hasMoreTokens()) out.add(st.nextToken()); return out; }

    public static void main(String[] args) {
        System.out.println(all(new StringTokenizer("  the quick\tbrown\nfox  ")) + " " + new StringTokenizer("a b  c").countTokens());
        System.out.println(all(new StringTokenizer("a,b;;c,", ",;")) + " vs split " + java.util.Arrays.toString("a,b;;c,".split("[,;]")));
        System.out.println(all(new StringTokenizer("x+y-(z*2)", "+-*()", true)));
        StringTokenizer st = new StringTokenizer("key=value;other=thing", "=");
        System.out.println(st.nextToken() + " | " + st.nextToken(";") + " | " + st.nextToken("=;") + " | " + st.nextToken() + " | " + st.hasMoreTokens());
        StringTokenizer en = new StringTokenizer("1 2 3");
        int sum = 0;
        while (en.hasMoreElements()) sum += Integer.parseInt((String) en.nextElement());
        System.out.println("sum " + sum);
        try { new StringTokenizer("").nextToken(); } catch (NoSuchElementException e) { System.out.println("empty -> NSEE " + e.getMessage()); }
        System.out.println(new StringTokenizer("", ",").countTokens() + " " + new StringTokenizer(",,,", ",").countTokens() + " " + new StringTokenizer(",,,", ",", true).countTokens());
        String expr = "12 + 34*5 - (6/2)";
        List<String> manual = new ArrayList<>();
        int i = 0;
        while (i < expr.length()) {
            char c = expr.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            if (Character.isDigit(c)) { int j = i; while (j < expr.length() && Character.isDigit(expr.charAt(j))) j++; manual.add(expr.substring(i, j)); i = j; }
            else { manual.add(String.valueOf(c)); i++; }
        }
        System.out.println("manual " + manual);
        String csvLine = "name,\"quoted, with comma\",,last";
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inQuotes = false;
        for (char c : csvLine.toCharArray()) {
            if (c == '"') inQuotes = !inQuotes;
            else if (c == ',' && !inQuotes) { fields.add(cur.toString()); cur.setLength(0); }
            else cur.append(c);
        }
        fields.add(cur.toString());
        System.out.println("csv " + fields + " " + fields.size());
    }
}
