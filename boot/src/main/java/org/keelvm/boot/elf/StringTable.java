package org.keelvm.boot.elf;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An ELF string table ({@code .strtab}, {@code .shstrtab}): NUL-terminated UTF-8 strings referred to by their offset.
 * Offset 0 is the empty string, as the format requires. A string added twice is stored once.
 */
final class StringTable {
    private final Map<String, Integer> offsets = new LinkedHashMap<>();
    private final LittleEndianOutput contents = new LittleEndianOutput();

    StringTable() {
        add("");
    }

    /** Returns the offset of {@code value}, adding it first if it is not in the table yet. */
    int add(String value) {
        Integer known = offsets.get(value);
        if (known != null) {
            return known;
        }
        int offset = (int) contents.position();
        contents.cString(value);
        offsets.put(value, offset);
        return offset;
    }

    /** The bytes of the table as they go into the file. */
    byte[] toByteArray() {
        return contents.toByteArray();
    }

    /**
     * Whether {@code value} can be a table entry unchanged: it must not contain the NUL that ends entries, and it must
     * be valid UTF-16 so that encoding it does not replace characters.
     */
    static boolean isStorable(String value) {
        return value.indexOf('\0') < 0 && StandardCharsets.UTF_8.newEncoder().canEncode(value);
    }
}
