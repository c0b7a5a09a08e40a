package org.keelvm.tools.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The JDK conformance corpus ({@code tools/src/conformance/jdk}): programs that use the class library as real
 * programs do, each run on HotSpot and in one Keel image holding them all. Every program runs; the ones listed in
 * {@code passing.txt} must match HotSpot byte for byte (so none can regress), and the others are reported: the
 * summary line and {@code tools/target/it/jdk/report.txt} say which pass now, so the list only grows.
 */
class JdkConformanceIT {
    private static final Path CORPUS = Repository.ROOT.resolve("tools/src/conformance/jdk");
    private static final Path PASSING = CORPUS.resolve("passing.txt");

    @Test
    void listedProgramsMatchHotSpotAndTheRestAreReported() throws IOException {
        Path work = Repository.WORK.resolve("jdk");
        SuiteImage suite = SuiteImage.build(CORPUS, work);
        Set<String> expected = new TreeSet<>();
        for (String line : Files.readAllLines(PASSING)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                expected.add(line.trim());
            }
        }
        assertTrue(suite.programs().containsAll(expected), "passing.txt names programs that do not exist: "
                + expected.stream().filter(p -> !suite.programs().contains(p)).toList());
        List<String> report = new ArrayList<>();
        List<String> regressions = new ArrayList<>();
        int passed = 0;
        for (String program : suite.programs()) {
            boolean same = suite.runOnHotSpot(program).equals(suite.runOnKeel(program));
            passed += same ? 1 : 0;
            report.add((same ? "pass " : "FAIL ") + program);
            if (!same && expected.contains(program)) {
                regressions.add(program);
            }
        }
        Files.write(work.resolve("report.txt"), report);
        System.out.println("jdk conformance: " + passed + " of " + suite.programs().size()
                + " programs match HotSpot (" + expected.size() + " required)");
        assertEquals(List.of(), regressions, "programs in passing.txt that no longer match HotSpot");
    }
}
