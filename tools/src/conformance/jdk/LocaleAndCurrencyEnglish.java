// Locale and Currency metadata rendered in English only: language tags (BCP 47 parsing, extensions, grandfathered tags, canonicalization), display names of foreign locales in Locale.ENGLISH, ISO3 codes, Locale.Builder errors, LanguageRange filtering/lookup, Currency codes/digits/symbols/display names for Locale.US.
import java.util.*;

public class LocaleAndCurrencyEnglish {
    static String esc(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        return sb.toString();
    }

    public static void main(String[] args) {
        String[] tags = {"en-US", "de-CH-1996", "zh-Hant-TW", "sr-Latn-RS", "ja-JP-u-ca-japanese", "th-TH-u-nu-thai", "en-GB-x-private", "i-klingon", "iw", "und", "EN-us", "es-419", "no-NO-NY", "art-lojban", "zz-Zzzz-ZZ"};
        for (String t : tags) {
            Locale l = Locale.forLanguageTag(t);
            String iso3;
            try { iso3 = l.getISO3Language() + "/" + l.getISO3Country(); } catch (MissingResourceException e) { iso3 = "MRE(" + e.getKey() + ")"; }
            System.out.println(t + " -> tag=" + l.toLanguageTag() + " str=" + l + " lang=" + l.getLanguage() + " script=" + l.getScript() + " country=" + l.getCountry() + " variant=" + l.getVariant()
                    + " ext=" + l.getExtensionKeys() + " unicode=" + l.getUnicodeLocaleKeys() + " iso3=" + iso3
                    + " | " + l.getDisplayName(Locale.ENGLISH) + " | lang=" + l.getDisplayLanguage(Locale.ENGLISH) + " country=" + l.getDisplayCountry(Locale.ENGLISH) + " script=" + l.getDisplayScript(Locale.ENGLISH));
        }
        Locale built = new Locale.Builder().setLanguage("fr").setRegion("CA").setScript("Latn").setUnicodeLocaleKeyword("nu", "latn").setExtension('x', "abc-def").build();
        System.out.println("builder " + built.toLanguageTag() + " " + built + " stripped " + built.stripExtensions().toLanguageTag() + " hasExt " + built.hasExtensions());
        try { new Locale.Builder().setLanguage("toolonglanguage"); } catch (IllformedLocaleException e) { System.out.println("ill-formed: " + e.getMessage() + " idx " + e.getErrorIndex()); }
        try { new Locale.Builder().setRegion("1234"); } catch (IllformedLocaleException e) { System.out.println("ill-formed region: " + e.getMessage()); }
        System.out.println("legacy ctor " + new Locale("iw", "IL") + " " + new Locale("JA", "jp", "JP") + " tag " + new Locale("ja", "JP", "JP").toLanguageTag() + " " + new Locale("th", "TH", "TH").toLanguageTag() + " " + new Locale("", "", "POSIX").toLanguageTag());
        System.out.println("constants " + Locale.UK.getDisplayName(Locale.ENGLISH) + " | " + Locale.CANADA_FRENCH.getDisplayName(Locale.ENGLISH) + " | " + Locale.SIMPLIFIED_CHINESE.getDisplayName(Locale.ENGLISH) + " | " + Locale.ROOT.getDisplayName(Locale.ENGLISH) + "|" + Locale.ROOT.toLanguageTag());
        List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse("en-US;q=1.0,fr;q=0.8,de-*;q=0.5,*;q=0.1");
        StringBuilder rb = new StringBuilder("ranges:");
        for (Locale.LanguageRange r : ranges) rb.append(' ').append(r.getRange()).append('=').append(r.getWeight());
        System.out.println(rb);
        List<Locale> candidates = List.of(Locale.forLanguageTag("de-AT"), Locale.forLanguageTag("fr-FR"), Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("ja"));
        System.out.println("filter " + Locale.filter(Locale.LanguageRange.parse("fr,de-*"), candidates) + " lookup " + Locale.lookup(Locale.LanguageRange.parse("en-US,fr"), candidates) + " filterTags " + Locale.filterTags(Locale.LanguageRange.parse("en"), List.of("en-GB", "EN-us", "de")));
        System.out.println("isoCountries " + Locale.getISOCountries().length + " isoLanguages>100 " + (Locale.getISOLanguages().length > 100) + " alpha3 contains USA " + Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).contains("USA"));
        String[] codes = {"USD", "EUR", "JPY", "GBP", "CHF", "BHD", "XAU", "XXX", "CLF"};
        for (String c : codes) {
            Currency cur = Currency.getInstance(c);
            System.out.println("currency " + c + " digits=" + cur.getDefaultFractionDigits() + " numeric=" + cur.getNumericCodeAsString() + " symbolUS=" + esc(cur.getSymbol(Locale.US)) + " nameUS=" + cur.getDisplayName(Locale.US));
        }
        System.out.println("currency of locales " + Currency.getInstance(Locale.US) + " " + Currency.getInstance(Locale.JAPAN) + " " + Currency.getInstance(Locale.GERMANY) + " " + Currency.getInstance(new Locale("", "CH")));
        try { Currency.getInstance("ABC"); } catch (IllegalArgumentException e) { System.out.println("bad currency: " + e.getMessage()); }
        try { Currency.getInstance(new Locale("en")); } catch (IllegalArgumentException e) { System.out.println("no country: " + e.getMessage()); }
        System.out.println("available currencies > 200: " + (Currency.getAvailableCurrencies().size() > 200));
        System.out.println("upper/lower with ROOT " + "title\u0130".toLowerCase(Locale.ROOT).length() + " " + "i".toUpperCase(Locale.ENGLISH) + " " + "\u00df".toUpperCase(Locale.US));
    }
}
