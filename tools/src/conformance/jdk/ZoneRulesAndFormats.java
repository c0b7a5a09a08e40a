// Time zones from the tz database the image carries (lib/tzdb.dat): offsets, daylight-saving transitions and gaps, conversions between zones, and date-time formatting with English names from java.base's locale data.
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Locale;
import java.util.TimeZone;

public class ZoneRulesAndFormats {
    public static void main(String[] args) {
        Instant instant = Instant.parse("2024-03-31T00:30:00Z");
        for (String id : new String[] {"Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "UTC", "Pacific/Chatham"}) {
            ZoneId zone = ZoneId.of(id);
            ZoneRules rules = zone.getRules();
            ZoneOffsetTransition next = rules.nextTransition(instant);
            System.out.println(id + " " + instant.atZone(zone) + " dst=" + rules.isDaylightSavings(instant) + " next=" + (next == null ? "none" : next.getInstant() + " " + next.getOffsetBefore() + "->" + next.getOffsetAfter()));
        }
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDateTime gap = LocalDateTime.of(2024, 3, 31, 2, 30);
        LocalDateTime overlap = LocalDateTime.of(2024, 10, 27, 2, 30);
        System.out.println("gap " + ZonedDateTime.of(gap, berlin) + " overlap " + ZonedDateTime.of(overlap, berlin) + " later " + ZonedDateTime.of(overlap, berlin).withLaterOffsetAtOverlap());
        ZonedDateTime meeting = ZonedDateTime.of(2024, 7, 4, 9, 0, 0, 0, ZoneId.of("America/Los_Angeles"));
        System.out.println(meeting.withZoneSameInstant(ZoneId.of("Asia/Tokyo")) + " " + meeting.withZoneSameInstant(ZoneOffset.ofHours(-3)) + " " + Duration.between(meeting, meeting.plusMonths(5)).toHours());
        DateTimeFormatter fmt = DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu HH:mm zzz (VV)", Locale.ENGLISH);
        System.out.println(fmt.format(meeting) + " | " + DateTimeFormatter.ofPattern("EEE MMM dd yyyy", Locale.US).format(LocalDate.of(2000, Month.FEBRUARY, 29)));
        System.out.println(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.US).format(LocalDate.of(2024, 12, 25)) + " | " + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(meeting) + " | " + DateTimeFormatter.RFC_1123_DATE_TIME.format(meeting));
        System.out.println(ZonedDateTime.parse("2024-11-03T01:30-04:00[America/New_York]").plusHours(1) + " " + TimeZone.getTimeZone("Europe/Paris").getRawOffset() + " " + TimeZone.getTimeZone("America/Denver").inDaylightTime(java.util.Date.from(meeting.toInstant())));
        System.out.println(ZoneId.getAvailableZoneIds().contains("Europe/Kyiv") + " " + ZoneId.getAvailableZoneIds().size() + " " + ZoneId.of("Z") + " " + ZoneId.of("GMT+2").normalized());
    }
}
