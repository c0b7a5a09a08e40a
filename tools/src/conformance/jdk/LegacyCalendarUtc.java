// legacy date APIs pinned to explicit zones and Locale.US: GregorianCalendar field arithmetic (add vs roll, lenient overflow, Julian-Gregorian cutover in October 1582, BC years, week fields), SimpleDateFormat patterns and parsing with UTC and a fixed-offset SimpleTimeZone, java.sql-free Date/Instant conversions, and non-lenient errors.
import java.text.*;
import java.util.*;

public class LegacyCalendarUtc {
    static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    static String fmt(Calendar c) {
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss.SSS G EEE 'w'w 'D'D", Locale.US);
        f.setTimeZone(c.getTimeZone());
        f.setCalendar((Calendar) c.clone());
        return f.format(c.getTime());
    }

    interface Body { void run() throws Exception; }

    static void section(String name, Body b) {
        try { b.run(); } catch (Throwable t) { System.out.println("section " + name + " failed: " + t); }
    }

    public static void main(String[] args) throws Exception {
        section("arithmetic", () -> {
            GregorianCalendar c = new GregorianCalendar(UTC, Locale.US);
            c.clear();
            c.set(2020, Calendar.JANUARY, 31, 23, 59, 59);
            System.out.println("start " + fmt(c) + " millis " + c.getTimeInMillis());
            GregorianCalendar a = (GregorianCalendar) c.clone();
            a.add(Calendar.MONTH, 1);
            GregorianCalendar r = (GregorianCalendar) c.clone();
            r.roll(Calendar.MONTH, 1);
            GregorianCalendar rs = (GregorianCalendar) c.clone();
            rs.roll(Calendar.SECOND, true);
            GregorianCalendar ad = (GregorianCalendar) c.clone();
            ad.add(Calendar.SECOND, 1);
            System.out.println("add month " + fmt(a) + " | roll month " + fmt(r) + " | roll second " + fmt(rs) + " | add second " + fmt(ad));
            GregorianCalendar len = new GregorianCalendar(UTC, Locale.US);
            len.clear();
            len.set(2021, 13, 35, 25, 61, 61);
            System.out.println("lenient overflow " + fmt(len));
            len.setLenient(false);
            len.set(Calendar.MONTH, 14);
            try { len.getTimeInMillis(); } catch (IllegalArgumentException e) { System.out.println("non-lenient: " + e.getMessage()); }
        });
        section("cutover", () -> {
            GregorianCalendar cut = new GregorianCalendar(UTC, Locale.US);
            cut.clear();
            cut.set(1582, Calendar.OCTOBER, 4);
            System.out.println("before cutover " + fmt(cut) + " julian? " + cut.isLeapYear(1500) + " gregorianChange " + cut.getGregorianChange().getTime());
            cut.add(Calendar.DAY_OF_MONTH, 1);
            System.out.println("day after " + fmt(cut) + " actualMax days in Oct 1582 " + cut.getActualMaximum(Calendar.DAY_OF_MONTH) + " days in year " + cut.getActualMaximum(Calendar.DAY_OF_YEAR));
        });
        section("bc", () -> {
            GregorianCalendar bc = new GregorianCalendar(UTC, Locale.US);
            bc.clear();
            bc.set(Calendar.ERA, GregorianCalendar.BC);
            bc.set(44, Calendar.MARCH, 15);
            System.out.println("BC date " + fmt(bc) + " millis " + bc.getTimeInMillis() + " leap 4BC(julian -3) " + bc.isLeapYear(-3));
            bc.add(Calendar.YEAR, 50);
            System.out.println("BC + 50 years " + fmt(bc));
        });
        section("proleptic", () -> {
            GregorianCalendar pure = new GregorianCalendar(UTC, Locale.US);
            pure.setGregorianChange(new Date(Long.MIN_VALUE));
            pure.clear();
            pure.set(1582, Calendar.OCTOBER, 5);
            System.out.println("proleptic gregorian " + fmt(pure) + " millis " + pure.getTimeInMillis());
        });
        section("weeks", () -> {
            GregorianCalendar wk = new GregorianCalendar(UTC, Locale.US);
            wk.clear();
            wk.set(2021, Calendar.JANUARY, 1);
            System.out.println("US week " + wk.get(Calendar.WEEK_OF_YEAR) + " firstDay " + wk.getFirstDayOfWeek() + " minDays " + wk.getMinimalDaysInFirstWeek() + " weekYear " + wk.getWeekYear() + " weeksInWeekYear " + wk.getWeeksInWeekYear());
            wk.setFirstDayOfWeek(Calendar.MONDAY);
            wk.setMinimalDaysInFirstWeek(4);
            System.out.println("ISO-like week " + wk.get(Calendar.WEEK_OF_YEAR) + " weekYear " + wk.getWeekYear());
        });
        section("format", () -> {
            SimpleTimeZone fixed = new SimpleTimeZone(-(3 * 3600 + 30 * 60) * 1000, "Fixed-0330");
            SimpleDateFormat sdf = new SimpleDateFormat("EEEE, MMMM d, yyyy h:mm:ss a z Z X XXX", Locale.US);
            Date epochish = new Date(1_600_000_000_123L);
            sdf.setTimeZone(UTC);
            System.out.println("utc " + sdf.format(epochish));
            sdf.setTimeZone(fixed);
            System.out.println("fixed " + sdf.format(epochish));
            SimpleDateFormat p = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSXXX", Locale.US);
            p.setTimeZone(UTC);
            Date parsed = p.parse("2021-06-15T12:00:00.250+05:30");
            System.out.println("parsed millis " + parsed.getTime() + " instant " + parsed.toInstant() + " reformat " + p.format(parsed));
            SimpleDateFormat strict = new SimpleDateFormat("yyyy-MM-dd", Locale.US);
            strict.setTimeZone(UTC);
            strict.setLenient(false);
            try { strict.parse("2021-02-30"); } catch (ParseException e) { System.out.println("strict parse: " + e.getMessage() + " at " + e.getErrorOffset()); }
            strict.setLenient(true);
            System.out.println("lenient parse " + strict.format(strict.parse("2021-02-30")));
            ParsePosition pos = new ParsePosition(3);
            System.out.println("parse with position " + strict.format(strict.parse("xx 2020-01-02 tail", pos)) + " index " + pos.getIndex() + " error " + pos.getErrorIndex());
            System.out.println("toPattern " + sdf.toPattern() + " localized " + new SimpleDateFormat("yy/M/d", Locale.US).toLocalizedPattern());
            DateFormat full = DateFormat.getDateTimeInstance(DateFormat.FULL, DateFormat.FULL, Locale.US);
            full.setTimeZone(UTC);
            DateFormat shortF = DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, Locale.US);
            shortF.setTimeZone(UTC);
            System.out.println("styles full: " + full.format(epochish) + " | short: " + shortF.format(epochish));
            DateFormatSymbols sym = DateFormatSymbols.getInstance(Locale.US);
            System.out.println("symbols " + sym.getMonths()[8] + " " + sym.getShortWeekdays()[1] + " " + Arrays.toString(sym.getAmPmStrings()) + " " + Arrays.toString(sym.getEras()));
            System.out.println("Date from Instant " + Date.from(java.time.Instant.parse("1969-12-31T23:59:59.999Z")).getTime() + " compare " + new Date(5).compareTo(new Date(-5)) + " equals " + new Date(7).equals(new Date(7)));
            System.out.println("timezone ids " + UTC.getID() + " " + UTC.getRawOffset() + " fixed inDST " + fixed.inDaylightTime(epochish) + " offset " + fixed.getOffset(0L) + " GMT+5 " + TimeZone.getTimeZone("GMT+05:00").getID() + " unknown " + TimeZone.getTimeZone("Nowhere/City").getID());
            Calendar fields = new GregorianCalendar(UTC, Locale.US);
            fields.setTimeInMillis(0L);
            System.out.println("epoch fields y=" + fields.get(Calendar.YEAR) + " dow=" + fields.get(Calendar.DAY_OF_WEEK) + " ampm=" + fields.get(Calendar.AM_PM) + " dst=" + fields.get(Calendar.DST_OFFSET) + " display " + fields.getDisplayName(Calendar.DAY_OF_WEEK, Calendar.LONG, Locale.US) + " " + fields.getDisplayName(Calendar.MONTH, Calendar.SHORT, Locale.US));
        });
    }
}
