package org.keelvm.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MemorySizeTest {
    @ParameterizedTest
    @CsvSource({"256, 256", "256M, 256", "256m, 256", "512MB, 512", "512MiB, 512", "1G, 1024", "2g, 2048",
            "2GiB, 2048", "' 64M ', 64", "1, 1", "1024G, 1048576"})
    void parsesSizesInMebibytes(String text, long mebibytes) {
        assertEquals(mebibytes, MemorySize.parse(text).mebibytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "M", "1.5G", "-1", "256K", "256T", "12 M", "lots", "0x100"})
    void rejectsWhatIsNotASize(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MemorySize.parse(text));
        assertTrue(e.getMessage().contains("such as 256, 256M or 1G"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0M", "1025G", "1048577", "999999999G"})
    void rejectsSizesOutOfRange(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MemorySize.parse(text));
        assertTrue(e.getMessage().contains("out of range"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999999999", "9999999999G"})
    void hugeNumbersDoNotOverflow(String text) {
        assertThrows(IllegalArgumentException.class, () -> MemorySize.parse(text));
    }
}
