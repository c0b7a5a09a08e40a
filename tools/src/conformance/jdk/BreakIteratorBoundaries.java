// java.text.BreakIterator for Locale.US: character (grapheme) boundaries over combining marks, surrogate pairs, Hangul jamo and CRLF; word boundaries with punctuation, numbers, apostrophes and contractions; sentence and line boundaries; following/preceding/isBoundary/last navigation.
import java.text.BreakIterator;
import java.util.Locale;

public class BreakIteratorBoundaries {
    static String esc(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\n') sb.append("\\n"); else if (c == '\r') sb.append("\\r");
            else if (c < 32 || c > 126) sb.append(String.format("\\u%04X", (int) c)); else sb.append(c);
        }
        return sb.toString();
    }

    static void segments(String kind, BreakIterator bi, String text) {
        bi.setText(text);
        StringBuilder sb = new StringBuilder(kind + " \"" + esc(text) + "\":");
        int start = bi.first();
        for (int end = bi.next(); end != BreakIterator.DONE; start = end, end = bi.next()) sb.append(" [").append(esc(text.substring(start, end))).append(']');
        System.out.println(sb);
    }

    public static void main(String[] args) {
        BreakIterator ch = BreakIterator.getCharacterInstance(Locale.US);
        segments("char", ch, "e\u0301a\u0308\u0323b");
        segments("char", ch, "x\uD83D\uDE00y\uD834\uDD1E");
        segments("char", ch, "a\r\nb\n\rc");
        segments("char", ch, "\u1100\u1161\u11A8\uAC00");
        segments("char", ch, "\u0915\u094D\u0937");
        segments("char", ch, "");
        BreakIterator w = BreakIterator.getWordInstance(Locale.US);
        segments("word", w, "Hello, world! It's 3.14 o'clock -- isn't it?");
        segments("word", w, "e-mail user@example.com $1,234.56 (parenthetical) 10:30pm");
        segments("word", w, "tab\tsep  double  space\nnewline");
        segments("word", w, "caf\u00e9 na\u00efve \u00fcber");
        BreakIterator s = BreakIterator.getSentenceInstance(Locale.US);
        segments("sentence", s, "Mr. Smith went to Washington. He arrived at 3 p.m. on Friday! Did he? Yes... \"Quoted.\" End");
        segments("sentence", s, "No terminator here");
        segments("sentence", s, "Line one\nLine two. Next");
        BreakIterator l = BreakIterator.getLineInstance(Locale.US);
        segments("line", l, "The quick-brown fox's well-known jump, costs $3.50 (approx.) -- really?");
        segments("line", l, "a\u00a0b c\u2014d e/f");
        String text = "One two. Three four five.";
        w.setText(text);
        System.out.println("first " + w.first() + " last " + w.last() + " current " + w.current());
        System.out.println("following(5) " + w.following(5) + " preceding(5) " + w.preceding(5) + " following(0) " + w.following(0) + " preceding(len) " + w.preceding(text.length()));
        StringBuilder bounds = new StringBuilder("isBoundary:");
        for (int i = 0; i <= text.length(); i++) if (w.isBoundary(i)) bounds.append(' ').append(i);
        System.out.println(bounds);
        w.last();
        StringBuilder back = new StringBuilder("backwards:");
        for (int p = w.previous(); p != BreakIterator.DONE; p = w.previous()) back.append(' ').append(p);
        System.out.println(back);
        w.first();
        System.out.println("next(3) " + w.next(3) + " next(-2) " + w.next(-2) + " next(100) " + w.next(100));
        try { w.following(-1); } catch (IllegalArgumentException e) { System.out.println("following(-1) IAE " + e.getMessage()); }
        int words = 0;
        String para = "Counting words: don't split contractions, but do split hyphen-ated ones; numbers like 42 and 3.5 count too.";
        w.setText(para);
        int st = w.first();
        for (int en = w.next(); en != BreakIterator.DONE; st = en, en = w.next()) if (Character.isLetterOrDigit(para.codePointAt(st))) words++;
        System.out.println("word count " + words);
        System.out.println("available locales contain US " + java.util.Arrays.asList(BreakIterator.getAvailableLocales()).contains(Locale.US));
    }
}
