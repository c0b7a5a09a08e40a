package org.keelvm.tools.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance suite: every program in {@code tools/src/conformance/programs} is compiled with {@code javac},
 * run on HotSpot (the oracle) and in a Keel image under QEMU (one image holds them all, see {@link SuiteImage}),
 * and the two runs must agree byte for byte on standard output and standard error, and on the exit status.
 */
class ConformanceIT {
    /** The suite must not shrink unnoticed: raise this when programs are added. */
    private static final int MINIMUM_PROGRAMS = 21;

    private static SuiteImage suite;

    @BeforeAll
    static void buildSuite() throws IOException {
        suite = SuiteImage.build(Repository.CONFORMANCE_PROGRAMS, Repository.WORK.resolve("conformance"));
    }

    @TestFactory
    Stream<DynamicTest> everyProgramBehavesAsOnHotSpot() {
        assertTrue(suite.programs().size() >= MINIMUM_PROGRAMS, "only " + suite.programs().size()
                + " conformance programs");
        return suite.programs().stream().map(name -> DynamicTest.dynamicTest(name, () ->
                assertEquals(suite.runOnHotSpot(name), suite.runOnKeel(name), name + ": HotSpot and Keel differ")));
    }
}
