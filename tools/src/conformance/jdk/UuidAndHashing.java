// java.util.UUID from fixed values: toString/fromString, name-based (version 3) UUIDs, version/variant fields, comparison, and String/Arrays hashing helpers.
import java.nio.charset.StandardCharsets;
import java.util.UUID;

public class UuidAndHashing {
    public static void main(String[] args) {
        UUID u = new UUID(0x123e4567e89b12d3L, 0xa456426614174000L);
        System.out.println(u + " version " + u.version() + " variant " + u.variant() + " msb " + u.getMostSignificantBits() + " lsb " + u.getLeastSignificantBits() + " hash " + u.hashCode());
        UUID parsed = UUID.fromString("123E4567-E89B-12D3-A456-426614174000");
        System.out.println(parsed.equals(u) + " " + parsed.compareTo(u) + " " + UUID.fromString("1-2-3-4-5"));
        for (String name : new String[]{"", "keel", "https://example.org/", "x".repeat(100)}) {
            UUID v3 = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
            System.out.println("v3(" + (name.length() > 20 ? name.length() + " chars" : name) + ") = " + v3 + " version " + v3.version() + " variant " + v3.variant());
        }
        try { UUID.fromString("not-a-uuid"); } catch (IllegalArgumentException e) { System.out.println("invalid: " + e.getMessage()); }
        try { UUID.fromString("123e4567-e89b-12d3-a456-4266141740001"); } catch (IllegalArgumentException e) { System.out.println("too long: " + e.getMessage()); }
        try { u.timestamp(); } catch (UnsupportedOperationException e) { System.out.println("timestamp: " + e.getMessage()); }
        UUID time = UUID.fromString("c232ab00-9414-11ec-b3c8-9f6bdeced846");
        System.out.println("time-based version " + time.version() + " timestamp " + time.timestamp() + " clockSeq " + time.clockSequence() + " node " + Long.toHexString(time.node()));
        UUID a = new UUID(-1, 0), b = new UUID(1, 0);
        System.out.println("signed compare " + a.compareTo(b) + " " + new UUID(0, 0) + " " + new UUID(-1L, -1L));
    }
}
