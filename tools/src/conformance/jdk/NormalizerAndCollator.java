// java.text.Normalizer NFC/NFD/NFKC/NFKD (ICU data inside java.base) on accents, Hangul, ligatures, compatibility digits and ordering of combining marks; Collator for Locale.US/ROOT with strengths and decompositions, CollationKey ordering, RuleBasedCollator with custom rules.
import java.text.*;
import java.util.*;

public class NormalizerAndCollator {
    static String hex(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (sb.length() > 0) sb.append(' ');
            sb.append(Integer.toHexString(cp).toUpperCase());
            i += Character.charCount(cp);
        }
        return "[" + sb + "]";
    }

    public static void main(String[] args) throws Exception {
        String[] samples = {"\u00e9", "e\u0301", "\u1e9b\u0323", "\uac00", "\u1100\u1161\u11a8", "\ufb01", "\u2460", "\uff21\uff11", "\u00c5", "A\u030a", "\u212b",
                "a\u0323\u0302", "a\u0302\u0323", "\u0390", "x\u0308\u0301", "\u1f80", "\u00bd", "\u2126", "\ud835\udc00", "\u3300"};
        for (String s : samples) {
            System.out.println(hex(s) + " NFC=" + hex(Normalizer.normalize(s, Normalizer.Form.NFC)) + " NFD=" + hex(Normalizer.normalize(s, Normalizer.Form.NFD))
                    + " NFKC=" + hex(Normalizer.normalize(s, Normalizer.Form.NFKC)) + " NFKD=" + hex(Normalizer.normalize(s, Normalizer.Form.NFKD))
                    + " isNFC=" + Normalizer.isNormalized(s, Normalizer.Form.NFC));
        }
        Collator us = Collator.getInstance(Locale.US);
        String[] words = {"peach", "P\u00e9ch\u00e9", "p\u00e9ch\u00e9", "pech\u00e9", "Peach", "apple", "Apple", "\u00e4pple", "zebra", "Zebra", "co-op", "coop", "co op", "resume", "r\u00e9sum\u00e9", "RESUME", "a", "A", "\u00c5", "b"};
        String[] strengths = {"PRIMARY", "SECONDARY", "TERTIARY", "IDENTICAL"};
        int[] sv = {Collator.PRIMARY, Collator.SECONDARY, Collator.TERTIARY, Collator.IDENTICAL};
        for (int k = 0; k < sv.length; k++) {
            Collator c = (Collator) us.clone();
            c.setStrength(sv[k]);
            String[] sorted = words.clone();
            Arrays.sort(sorted, c);
            StringBuilder sb = new StringBuilder(strengths[k] + ":");
            for (String w : sorted) sb.append(' ').append(Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{M}", "~"));
            System.out.println(sb);
            System.out.println("  equal(resume,r-acute-sum-acute)=" + c.equals("resume", "r\u00e9sum\u00e9") + " cmp(a,A)=" + Integer.signum(c.compare("a", "A")) + " cmp(e+0301,00e9)=" + Integer.signum(c.compare("e\u0301", "\u00e9")));
        }
        Collator nodecomp = Collator.getInstance(Locale.US);
        nodecomp.setDecomposition(Collator.NO_DECOMPOSITION);
        nodecomp.setStrength(Collator.IDENTICAL);
        Collator canon = Collator.getInstance(Locale.US);
        canon.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        canon.setStrength(Collator.IDENTICAL);
        System.out.println("decomposition cmp(e+0301,00e9) none=" + Integer.signum(nodecomp.compare("e\u0301", "\u00e9")) + " canonical=" + Integer.signum(canon.compare("e\u0301", "\u00e9")) + " default mode=" + us.getDecomposition() + " strength=" + us.getStrength());
        CollationKey[] keys = new CollationKey[words.length];
        for (int i = 0; i < words.length; i++) keys[i] = us.getCollationKey(words[i]);
        Arrays.sort(keys);
        StringBuilder kb = new StringBuilder("keys:");
        for (CollationKey k : keys) kb.append(' ').append(hex(k.getSourceString()).length());
        System.out.println(kb + " firstKeyBytes=" + keys[0].toByteArray().length + " source0=" + hex(keys[0].getSourceString()));
        RuleBasedCollator custom = new RuleBasedCollator("< c < b < a < ch");
        String[] cw = {"a", "b", "c", "ch", "cz", "ab", "ba"};
        Arrays.sort(cw, custom);
        System.out.println("custom rules " + Arrays.toString(cw));
        RuleBasedCollator root = (RuleBasedCollator) Collator.getInstance(Locale.ROOT);
        System.out.println("root rules length>0 " + (root.getRules().length() > 0) + " same as US " + root.getRules().equals(((RuleBasedCollator) us).getRules()));
        CollationElementIterator it = root.getCollationElementIterator("ab\u00e9");
        StringBuilder eb = new StringBuilder("elements:");
        int e, n = 0;
        while ((e = it.next()) != CollationElementIterator.NULLORDER && n++ < 10) eb.append(' ').append(CollationElementIterator.primaryOrder(e)).append('/').append(CollationElementIterator.secondaryOrder(e)).append('/').append(CollationElementIterator.tertiaryOrder(e));
        System.out.println(eb);
        try { new RuleBasedCollator("< a < "); System.out.println("odd rule accepted"); } catch (ParseException ex) { System.out.println("bad rules ParseException " + ex.getMessage() + " at " + ex.getErrorOffset()); }
    }
}
