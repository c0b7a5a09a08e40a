// java.time without a clock: LocalDate/LocalTime/LocalDateTime construction, plus/minus across month ends and leap years, day-of-week, ISO formatting and parsing, ChronoUnit.between, invalid dates.
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

public class LocalDateArithmetic {
    public static void main(String[] args) {
        LocalDate d = LocalDate.of(2024, 1, 31);
        System.out.println(d + " " + d.plusMonths(1) + " " + d.plusMonths(13) + " " + d.minusDays(31) + " " + d.plusDays(366) + " " + d.plusWeeks(5) + " " + d.plusYears(1).minusMonths(11));
        System.out.println(d.getDayOfWeek() + " " + d.getDayOfYear() + " " + d.lengthOfMonth() + " " + d.isLeapYear() + " " + LocalDate.of(1900, 3, 1).minusDays(1) + " " + LocalDate.of(2000, 3, 1).minusDays(1));
        LocalDate a = LocalDate.of(1969, 7, 20), b = LocalDate.of(2024, 2, 29);
        System.out.println(ChronoUnit.DAYS.between(a, b) + " " + ChronoUnit.MONTHS.between(a, b) + " " + ChronoUnit.YEARS.between(a, b) + " " + a.until(b) + " " + a.toEpochDay() + " " + LocalDate.ofEpochDay(0) + " " + LocalDate.ofEpochDay(19723));
        System.out.println(b.with(TemporalAdjusters.firstDayOfMonth()) + " " + b.with(TemporalAdjusters.lastDayOfYear()) + " " + b.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) + " " + b.with(TemporalAdjusters.firstInMonth(DayOfWeek.FRIDAY)));
        System.out.println(LocalDate.parse("2023-12-25").getDayOfWeek() + " " + LocalDate.parse("20230704", DateTimeFormatter.BASIC_ISO_DATE) + " " + d.format(DateTimeFormatter.ISO_ORDINAL_DATE) + " " + d.format(DateTimeFormatter.ISO_WEEK_DATE) + " " + d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        LocalTime t = LocalTime.of(23, 59, 30);
        System.out.println(t + " " + t.plusSeconds(45) + " " + t.minusHours(25) + " " + LocalTime.MIDNIGHT + " " + LocalTime.NOON.plusNanos(1) + " " + t.toSecondOfDay() + " " + LocalTime.of(7, 5).format(DateTimeFormatter.ofPattern("HH:mm")));
        LocalDateTime dt = LocalDateTime.of(2024, Month.DECEMBER, 31, 23, 30);
        System.out.println(dt + " " + dt.plusMinutes(45) + " " + dt.plusHours(1).getYear() + " " + dt.truncatedTo(ChronoUnit.HOURS) + " " + dt.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + " " + LocalDateTime.parse("2020-02-29T12:34:56.789"));
        System.out.println(Year.of(2100).isLeap() + " " + Year.of(2400).isLeap() + " " + YearMonth.of(2023, 2).lengthOfMonth() + " " + YearMonth.of(2024, 2).atEndOfMonth() + " " + Month.FEBRUARY.maxLength() + " " + DayOfWeek.SUNDAY.plus(1) + " " + Month.JANUARY.minus(1));
        for (String bad : new String[]{"2023-02-29", "2024-13-01", "2024-00-10", "2024-1-5", "not a date"}) {
            try { System.out.println(LocalDate.parse(bad)); } catch (DateTimeException e) { System.out.println("parse " + bad + ": " + e.getMessage()); }
        }
        try { LocalDate.of(2023, 2, 29); } catch (DateTimeException e) { System.out.println("of: " + e.getMessage()); }
        try { LocalTime.of(24, 0); } catch (DateTimeException e) { System.out.println("time: " + e.getMessage()); }
        System.out.println(a.isBefore(b) + " " + a.compareTo(b) + " " + a.equals(LocalDate.of(1969, 7, 20)) + " " + a.hashCode() + " " + LocalDate.MIN + " " + LocalDate.MAX);
        LocalDate cur = LocalDate.of(2024, 1, 1);
        int fridays13 = 0;
        while (cur.getYear() < 2030) { if (cur.getDayOfMonth() == 13 && cur.getDayOfWeek() == DayOfWeek.FRIDAY) fridays13++; cur = cur.plusDays(1); }
        System.out.println("Friday the 13ths 2024-2029: " + fridays13);
    }
}
