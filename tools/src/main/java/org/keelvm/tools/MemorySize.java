package org.keelvm.tools;

import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An amount of guest memory, in whole mebibytes as QEMU's {@code -m} takes it.
 *
 * <p>Written as a whole number with an optional unit: {@code 256} and {@code 256M} are 256 MiB, {@code 1G} is
 * 1024 MiB. Units are case-insensitive and may end in {@code B} or {@code iB} ({@code 512MB}, {@code 2GiB}); both
 * mean powers of two, as they do for QEMU.
 *
 * @param mebibytes the size in MiB, at least 1
 */
public record MemorySize(long mebibytes) {
    /** One tebibyte: far more than any machine this runs on, and small enough to never overflow. */
    static final long MAX_MEBIBYTES = 1L << 20;

    /** Validates the size. */
    public MemorySize {
        if (mebibytes < 1 || mebibytes > MAX_MEBIBYTES) {
            throw new IllegalArgumentException("memory size out of range: " + mebibytes + " MiB");
        }
    }

    /**
     * Parses a size such as {@code 256}, {@code 256M} or {@code 1G}.
     *
     * @throws IllegalArgumentException with a message that says what is accepted
     */
    public static MemorySize parse(String text) {
        String s = text.trim().toUpperCase(Locale.ROOT);
        int digits = 0;
        while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
            digits++;
        }
        String unit = s.substring(digits);
        long multiplier = switch (unit) {
            case "", "M", "MB", "MIB" -> 1;
            case "G", "GB", "GIB" -> 1024;
            default -> 0;
        };
        // Beyond 9 digits the value is over the limit anyway, and stopping there keeps the product from overflowing.
        if (digits == 0 || multiplier == 0 || digits > 9) {
            throw new IllegalArgumentException(describe(text));
        }
        long mebibytes = Long.parseLong(s.substring(0, digits)) * multiplier;
        if (mebibytes < 1 || mebibytes > MAX_MEBIBYTES) {
            throw new IllegalArgumentException("'" + text + "' is out of range; give 1M to 1024G");
        }
        return new MemorySize(mebibytes);
    }

    private static String describe(String text) {
        return "'" + text + "' is not a memory size; give a whole number of MiB with an optional unit, such as 256,"
                + " 256M or 1G";
    }

    /** Lets picocli parse {@code --memory}. */
    public static final class Converter implements ITypeConverter<MemorySize> {
        @Override
        public MemorySize convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
