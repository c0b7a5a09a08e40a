// java.time Duration, Period, Instant and ZoneOffset arithmetic with fixed values: normalization, toString forms, parsing, between, epoch conversions, OffsetDateTime at fixed offsets.
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

public class DurationPeriodInstant {
    public static void main(String[] args) {
        Duration d = Duration.ofSeconds(3725, 500_000_000);
        System.out.println(d + " " + d.toMinutes() + " " + d.toMillis() + " " + d.toHoursPart() + ":" + d.toMinutesPart() + ":" + d.toSecondsPart() + "." + d.toMillisPart() + " " + d.negated() + " " + d.multipliedBy(3) + " " + d.dividedBy(7));
        System.out.println(Duration.ZERO + " " + Duration.ofMillis(-1) + " " + Duration.ofDays(2).plusHours(3) + " " + Duration.ofNanos(1) + " " + Duration.ofMinutes(90).compareTo(Duration.ofHours(1)) + " " + Duration.parse("PT1H30M").getSeconds() + " " + Duration.parse("-P2DT3H4M5.6S"));
        System.out.println(Duration.between(LocalDateTime.of(2024, 1, 1, 0, 0), LocalDateTime.of(2024, 3, 1, 12, 30)) + " " + Duration.of(3, ChronoUnit.HALF_DAYS) + " " + Duration.ofSeconds(-90).abs() + " " + Duration.ofSeconds(59).truncatedTo(ChronoUnit.MINUTES));
        Period p = Period.of(1, 14, 40);
        System.out.println(p + " " + p.normalized() + " " + p.toTotalMonths() + " " + Period.between(LocalDate.of(2000, 2, 29), LocalDate.of(2024, 2, 28)) + " " + Period.ofWeeks(3) + " " + Period.ZERO + " " + Period.parse("P1Y2M3D").plusDays(10) + " " + LocalDate.of(2024, 1, 31).plus(Period.ofMonths(1)));
        Instant i = Instant.ofEpochSecond(1_700_000_000L, 123_456_789);
        System.out.println(i + " " + i.toEpochMilli() + " " + Instant.EPOCH + " " + Instant.ofEpochMilli(-1) + " " + i.plus(Duration.ofDays(365)) + " " + i.truncatedTo(ChronoUnit.SECONDS) + " " + Instant.parse("2000-01-01T00:00:00Z").getEpochSecond());
        System.out.println(ChronoUnit.HOURS.between(Instant.EPOCH, i) + " " + Instant.MIN + " " + Instant.MAX + " " + i.isAfter(Instant.EPOCH));
        ZoneOffset plus2 = ZoneOffset.ofHours(2), minus530 = ZoneOffset.ofHoursMinutes(-5, -30);
        OffsetDateTime odt = OffsetDateTime.of(2024, 6, 15, 8, 0, 0, 0, plus2);
        System.out.println(odt + " " + odt.withOffsetSameInstant(minus530) + " " + odt.withOffsetSameInstant(ZoneOffset.UTC) + " " + odt.toInstant() + " " + odt.toEpochSecond() + " " + plus2.getTotalSeconds() + " " + minus530.getId() + " " + ZoneOffset.UTC);
        System.out.println(LocalDateTime.ofEpochSecond(0, 0, ZoneOffset.UTC) + " " + LocalDateTime.ofInstant(i, ZoneOffset.ofHours(-8)) + " " + OffsetDateTime.parse("2024-02-29T23:59:59+14:00").toInstant());
        for (String bad : new String[]{"PT", "P1H", "1D", "PT1.5.5S"}) {
            try { System.out.println(Duration.parse(bad)); } catch (DateTimeParseException e) { System.out.println("Duration.parse " + bad + ": " + e.getMessage()); }
        }
        try { Duration.ofSeconds(Long.MAX_VALUE).plusSeconds(1); } catch (ArithmeticException e) { System.out.println("overflow: " + e.getMessage()); }
    }
}
