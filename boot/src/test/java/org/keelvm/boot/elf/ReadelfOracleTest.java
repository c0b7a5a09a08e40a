package org.keelvm.boot.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the writer's output against GNU readelf, which reads every structure of the file and warns on anomalies. */
class ReadelfOracleTest {
    // \h rather than \s, so that no field runs on into the next line.
    private static final Pattern SEGMENT_LINE = Pattern.compile(
            "^\\h*(\\w+)\\h+0x(\\p{XDigit}+)\\h+0x(\\p{XDigit}+)\\h+0x(\\p{XDigit}+)\\h+0x(\\p{XDigit}+)"
                    + "\\h+0x(\\p{XDigit}+)\\h+([R ][W ][E ])\\h+0x(\\p{XDigit}+)$", Pattern.MULTILINE);
    private static final Pattern SECTION_LINE = Pattern.compile(
            "^\\h*\\[\\h*(\\d+)]\\h+(\\S+)\\h+(\\S+)\\h+(\\p{XDigit}{16})\\h+(\\p{XDigit}+)\\h+(\\p{XDigit}+)"
                    + "\\h+(\\p{XDigit}+)\\h+(\\S*)\\h+(\\d+)\\h+(\\d+)\\h+(\\d+)$", Pattern.MULTILINE);
    private static final Pattern SYMBOL_LINE = Pattern.compile(
            "^\\h*(\\d+):\\h+(\\p{XDigit}{16})\\h+(0x\\p{XDigit}+|\\d+)"
                    + "\\h+(\\S+)\\h+(\\S+)\\h+(\\S+)\\h+(\\S+)\\h+(.+)$",
            Pattern.MULTILINE);

    private record ListedSegment(String type, long offset, long virtualAddress, long physicalAddress, long fileSize,
                                 long memorySize, String flags, long alignment) {
    }

    private record ListedSection(int index, String name, String type, long address, long offset, long size,
                                 String flags, int link, int info) {
    }

    private record ListedSymbol(long value, long size, String type, String binding, String sectionIndex) {
    }

    @TempDir
    Path directory;

    @Test
    void headerSaysElf64X86_64Executable() throws Exception {
        String out = readelf(SampleImage.bytes(), "-h");
        assertMatches("Class:\\s+ELF64", out);
        assertMatches("Data:\\s+2's complement, little endian", out);
        assertMatches("Type:\\s+EXEC \\(Executable file\\)", out);
        assertMatches("Machine:\\s+Advanced Micro Devices X86-64", out);
        assertMatches("Entry point address:\\s+0x" + Long.toHexString(SampleImage.ENTRY) + "\\n", out);
    }

    @Test
    void programHeadersLoadSegmentsAtTheirPhysicalAddresses() throws Exception {
        List<ListedSegment> headers = programHeaders(readelf(SampleImage.bytes(), "-l"));
        List<ListedSegment> loads = headers.stream().filter(h -> h.type.equals("LOAD")).toList();
        assertEquals(2, loads.size(), () -> "PT_LOAD headers: " + headers);

        ListedSegment code = loads.get(0);
        assertEquals(SampleImage.CODE_ADDRESS, code.physicalAddress);
        assertEquals(SampleImage.CODE_ADDRESS, code.virtualAddress);
        assertEquals(SampleImage.code().length, code.fileSize);
        assertEquals(SampleImage.code().length, code.memorySize);
        assertEquals("R E", code.flags);

        ListedSegment data = loads.get(1);
        assertEquals(SampleImage.DATA_ADDRESS, data.physicalAddress);
        assertEquals(SampleImage.DATA_ADDRESS, data.virtualAddress);
        assertEquals(SampleImage.data().length, data.fileSize);
        assertEquals(SampleImage.DATA_MEMORY_SIZE, data.memorySize);
        assertEquals("RW ", data.flags);

        for (ListedSegment load : loads) {
            assertEquals(0x1000, load.alignment);
            assertEquals(load.virtualAddress % load.alignment, load.offset % load.alignment,
                    () -> "p_offset not congruent to p_vaddr: " + load);
        }
    }

    @Test
    void noteSegmentHoldsTheXenPvhEntryNote() throws Exception {
        String out = readelf(SampleImage.bytes(), "-l", "-n");
        List<ListedSegment> notes = programHeaders(out).stream().filter(h -> h.type.equals("NOTE")).toList();
        assertEquals(1, notes.size(), out);
        assertEquals(24, notes.get(0).fileSize, "12-byte header, \"Xen\\0\", 8-byte address");
        assertEquals(4, notes.get(0).alignment);
        // readelf knows no name for Xen's type 18 and prints it as a number followed by the raw descriptor bytes,
        // here the little-endian 64-bit address 0x100000.
        assertMatches("\\n\\s*Xen\\s+0x00000008\\s+Unknown note type: \\(0x00000012\\)\\s+"
                + "description data: 00 00 10 00 00 00 00 00\\s*\\n", out);
    }

    @Test
    void sectionHeadersDescribeSegmentsNoteAndSymbolTable() throws Exception {
        Map<String, ListedSection> sections = sectionHeaders(readelf(SampleImage.bytes(), "-S"));
        assertEquals(List.of(".text", ".data", ".data.bss", ".note", ".symtab", ".strtab", ".shstrtab"),
                List.copyOf(sections.keySet()));

        ListedSection text = sections.get(".text");
        assertEquals("PROGBITS", text.type);
        assertEquals("AX", text.flags);
        assertEquals(SampleImage.CODE_ADDRESS, text.address);
        assertEquals(SampleImage.code().length, text.size);

        ListedSection data = sections.get(".data");
        assertEquals("PROGBITS", data.type);
        assertEquals("WA", data.flags);
        assertEquals(SampleImage.DATA_ADDRESS, data.address);
        assertEquals(SampleImage.data().length, data.size);

        ListedSection bss = sections.get(".data.bss");
        assertEquals("NOBITS", bss.type);
        assertEquals("WA", bss.flags);
        assertEquals(SampleImage.DATA_ADDRESS + SampleImage.data().length, bss.address);
        assertEquals(SampleImage.DATA_MEMORY_SIZE - SampleImage.data().length, bss.size);

        assertEquals("NOTE", sections.get(".note").type);
        ListedSection symtab = sections.get(".symtab");
        assertEquals("SYMTAB", symtab.type);
        assertEquals(sections.get(".strtab").index, symtab.link);
        assertEquals(1, symtab.info, "first global symbol follows the null symbol");
        assertEquals("STRTAB", sections.get(".strtab").type);
        assertEquals("STRTAB", sections.get(".shstrtab").type);

        String header = readelf(SampleImage.bytes(), "-h");
        assertMatches("Section header string table index:\\s+" + sections.get(".shstrtab").index + "\\n", header);
    }

    @Test
    void symbolTableListsFunctionsAndObjectsInTheirSections() throws Exception {
        String out = readelf(SampleImage.bytes(), "-S", "-s");
        Map<String, ListedSection> sections = sectionHeaders(out);
        Map<String, ListedSymbol> symbols = symbols(out);
        assertEquals(4, symbols.size(), () -> "symbols: " + symbols);

        assertSymbol(symbols, SampleImage.START, SampleImage.PVH_ENTRY, SampleImage.START_SIZE, "FUNC",
                sections.get(".text"));
        assertSymbol(symbols, SampleImage.BOOT, SampleImage.BOOT_ADDRESS, SampleImage.BOOT_SIZE, "FUNC",
                sections.get(".text"));
        assertSymbol(symbols, SampleImage.TABLE, SampleImage.TABLE_ADDRESS, SampleImage.TABLE_SIZE, "OBJECT",
                sections.get(".data"));
        assertSymbol(symbols, SampleImage.HEAP, SampleImage.HEAP_ADDRESS, SampleImage.HEAP_SIZE, "OBJECT",
                sections.get(".data.bss"));
    }

    @Test
    void segmentWithoutContentsIsOneNobitsSectionUnderItsOwnName() throws Exception {
        ElfWriter writer = SampleImage.writer();
        writer.addSegment(".bss", 0x200000, new byte[0], 0x5000, ElfWriter.WRITE);
        String out = readelf(writer.toByteArray(), "-l", "-S");
        ListedSection bss = sectionHeaders(out).get(".bss");
        assertEquals("NOBITS", bss.type);
        assertEquals(0x200000, bss.address);
        assertEquals(0x5000, bss.size);
        ListedSegment load = programHeaders(out).stream().filter(h -> h.physicalAddress == 0x200000).findFirst()
                .orElseThrow();
        assertEquals(0, load.fileSize);
        assertEquals(0x5000, load.memorySize);
    }

    @Test
    void readelfFindsNothingToWarnAbout() throws Exception {
        ElfWriter withBss = SampleImage.writer();
        withBss.addSegment(".bss", 0x200000, new byte[0], 0x5000, ElfWriter.WRITE);
        for (byte[] image : List.of(SampleImage.bytes(), withBss.toByteArray())) {
            // -a reads every structure readelf knows; --lint adds its checks for suspicious but legal files.
            readelf(image, "-a", "--lint");
        }
    }

    /** Runs readelf on {@code image} and returns its standard output, asserting success and an empty stderr. */
    private String readelf(byte[] image, String... options) throws IOException, InterruptedException {
        Path file = Files.write(directory.resolve("image.elf"), image);
        List<String> arguments = new ArrayList<>(List.of(options));
        arguments.add("-W");
        arguments.add(file.toString());
        ExternalTool.Result result = ExternalTool.require("readelf").run(arguments.toArray(String[]::new));
        assertEquals("", result.stderr(), "readelf warnings");
        assertEquals(0, result.exitCode(), result.stdout());
        return result.stdout();
    }

    private static void assertMatches(String regex, String text) {
        assertTrue(Pattern.compile(regex).matcher(text).find(), () -> "no match for /" + regex + "/ in\n" + text);
    }

    private static void assertSymbol(Map<String, ListedSymbol> symbols, String name, long value, long size, String type,
                                     ListedSection section) {
        ListedSymbol symbol = symbols.get(name);
        assertTrue(symbol != null, () -> name + " missing from " + symbols.keySet());
        assertEquals(value, symbol.value, name);
        assertEquals(size, symbol.size, name);
        assertEquals(type, symbol.type, name);
        assertEquals("GLOBAL", symbol.binding, name);
        assertEquals(Integer.toString(section.index), symbol.sectionIndex, name);
    }

    private static List<ListedSegment> programHeaders(String out) {
        List<ListedSegment> headers = new ArrayList<>();
        Matcher m = SEGMENT_LINE.matcher(out);
        while (m.find()) {
            headers.add(new ListedSegment(m.group(1), hex(m.group(2)), hex(m.group(3)), hex(m.group(4)),
                    hex(m.group(5)), hex(m.group(6)), m.group(7), hex(m.group(8))));
        }
        return headers;
    }

    /** The sections by name, in table order. */
    private static Map<String, ListedSection> sectionHeaders(String out) {
        Map<String, ListedSection> sections = new LinkedHashMap<>();
        Matcher m = SECTION_LINE.matcher(out);
        while (m.find()) {
            sections.put(m.group(2), new ListedSection(Integer.parseInt(m.group(1)), m.group(2), m.group(3),
                    hex(m.group(4)), hex(m.group(5)), hex(m.group(6)), m.group(8), Integer.parseInt(m.group(9)),
                    Integer.parseInt(m.group(10))));
        }
        return sections;
    }

    /** The named symbols of {@code .symtab} by name. */
    private static Map<String, ListedSymbol> symbols(String out) {
        Map<String, ListedSymbol> symbols = new HashMap<>();
        Matcher m = SYMBOL_LINE.matcher(out);
        while (m.find()) {
            String size = m.group(3);
            long parsedSize = size.startsWith("0x") ? hex(size.substring(2)) : Long.parseLong(size);
            symbols.put(m.group(8), new ListedSymbol(hex(m.group(2)), parsedSize, m.group(4), m.group(5),
                    m.group(7)));
        }
        return symbols;
    }

    private static long hex(String digits) {
        return Long.parseUnsignedLong(digits, 16);
    }
}
