package org.keelvm.tools.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keelvm.boot.elf.ElfReader;
import org.keelvm.boot.elf.Symbol;

/**
 * Programs that end in a CPU exception that Java does not define (division by zero, null dereferences and stack
 * overflows become Java exceptions and are tested in the conformance suite), from {@code tools/src/conformance/traps}. HotSpot cannot be their oracle (a
 * VM trap has no HotSpot equivalent), so each run is checked against what Keel promises instead: the guest itself
 * prints one diagnostic line on its standard error, after which its standard output gets nothing more,
 * {@code keel run} exits with status 127, and both
 * happen within seconds; never a triple fault (which {@code keel run} reports as status 70) or a hang. The line's
 * fields are checked against the image's symbols: RIP lies in the method that faulted, CR2 where it must.
 */
class FatalTrapIT {
    private static final Path PROGRAMS = Repository.ROOT.resolve("tools/src/conformance/traps");
    private static final Path CLASSES = Repository.WORK.resolve("traps/classes");
    private static final Path IMAGES = Repository.WORK.resolve("traps/images");
    private static final int EXIT_VM_FAILURE = 127;
    private static final Duration DEADLINE = Duration.ofSeconds(15);
    /** #PF error code bit 1: the access was a write. */
    private static final Pattern FATAL = Pattern.compile("keel: fatal: CPU exception (\\d+) \\((#[A-Z]{2}|NMI)\\)"
            + " at rip=0x(\\p{XDigit}{16}) error=0x(\\p{XDigit}{16}) cr2=0x(\\p{XDigit}{16}) rsp=0x(\\p{XDigit}{16})");

    /**
     * The line's fields.
     *
     * @param image the image that ran, for its symbols
     */
    private record Report(int vector, String mnemonic, long rip, long errorCode, long cr2, long rsp, Path image) {
        /** The symbol of {@code name}, which must exist. */
        Symbol symbol(String name) throws Exception {
            List<Symbol> symbols = ElfReader.read(Files.readAllBytes(image)).symbols();
            return symbols.stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no symbol " + name + " in " + image));
        }

        void assertRipIn(String method) throws Exception {
            Symbol symbol = symbol(method);
            assertTrue(rip >= symbol.address() && rip < symbol.address() + symbol.size(),
                    String.format("rip 0x%x is not in %s at 0x%x", rip, method, symbol.address()));
        }
    }

    @BeforeAll
    static void compilePrograms() throws IOException {
        Repository.require(Repository.KEEL_JAR, "run mvn package first");
        ProgramSources.compile(PROGRAMS, CLASSES);
        Files.createDirectories(IMAGES);
    }

    @Test
    void everyProgramHasItsTest() throws IOException {
        Set<String> names = ProgramSources.list(PROGRAMS).stream().map(ProgramSources::mainClass)
                .collect(Collectors.toSet());
        assertEquals(Set.of("NonCanonicalAddress"), names);
    }

    @Test
    void loadThroughANonCanonicalAddressIsAGeneralProtectionFault() throws Exception {
        Report report = trap("NonCanonicalAddress");
        assertEquals(13, report.vector());
        assertEquals("#GP", report.mnemonic());
        assertEquals(0, report.errorCode());
        report.assertRipIn("NonCanonicalAddress.load(Lorg/keelvm/hal/Address;)I");
    }

    /**
     * Builds and runs {@code mainClass}, which prints {@code 1}, then faults: its standard output must be that line
     * alone, its standard error the diagnostic alone.
     */
    private static Report trap(String mainClass) {
        Path image = IMAGES.resolve(mainClass + ".img");
        Outcome build = keelTool("build", CLASSES.toString(), "--main", mainClass, "-o", image.toString());
        assertEquals(new Outcome("", "", 0), build, "keel build of " + mainClass);
        long start = System.nanoTime();
        Outcome run = keelTool("run", image.toString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(DEADLINE) < 0, mainClass + " took " + took);
        assertEquals(EXIT_VM_FAILURE, run.status(), run.toString());
        assertEquals("1\n", run.stdout(), run.toString());
        List<String> lines = run.stderr().lines().toList();
        assertEquals(1, lines.size(), run.stderr());
        assertTrue(run.stderr().endsWith("\n"), "the diagnostic ends its line");
        Matcher fatal = FATAL.matcher(lines.get(0));
        assertTrue(fatal.matches(), lines.get(0));
        return new Report(Integer.parseInt(fatal.group(1)), fatal.group(2), hex(fatal.group(3)), hex(fatal.group(4)),
                hex(fatal.group(5)), hex(fatal.group(6)), image);
    }

    private static long hex(String digits) {
        return Long.parseUnsignedLong(digits, 16);
    }

    private static Outcome keelTool(String... arguments) {
        List<String> command = new ArrayList<>(List.of(Repository.JAVA.toString(), "-Dkeel.home=" + Repository.ROOT,
                "-jar", Repository.KEEL_JAR.toString()));
        command.addAll(List.of(arguments));
        return Outcome.run(Repository.ROOT, command);
    }

}
