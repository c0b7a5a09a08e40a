package org.keelvm.tools.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance suite: every program in {@code tools/src/conformance/programs} is compiled with {@code javac},
 * run on HotSpot (the oracle) and in a Keel image under QEMU, and the two runs must agree byte for byte on standard
 * output and standard error, and on the exit status.
 */
class ConformanceIT {
    private static final Path CLASSES = Repository.WORK.resolve("conformance/classes");
    private static final Path IMAGES = Repository.WORK.resolve("conformance/images");
    /** The suite must not shrink unnoticed: raise this when programs are added. */
    private static final int MINIMUM_PROGRAMS = 18;

    @BeforeAll
    static void compilePrograms() throws IOException {
        Repository.require(Repository.KEEL_JAR, "run mvn package first");
        ProgramSources.compile(Repository.CONFORMANCE_PROGRAMS, CLASSES);
        Files.createDirectories(IMAGES);
    }

    @TestFactory
    Stream<DynamicTest> everyProgramBehavesAsOnHotSpot() throws IOException {
        List<Path> programs = programs();
        assertTrue(programs.size() >= MINIMUM_PROGRAMS, "only " + programs.size() + " conformance programs");
        return programs.stream().map(program -> {
            String name = ProgramSources.mainClass(program);
            return DynamicTest.dynamicTest(name, () -> conforms(name));
        });
    }

    private static void conforms(String mainClass) {
        Outcome hotspot = Outcome.run(Repository.ROOT, List.of(Repository.JAVA.toString(), "-cp",
                Repository.HAL_CLASSES + ":" + CLASSES, mainClass));
        Path image = IMAGES.resolve(mainClass + ".img");
        Outcome build = keelTool("build", CLASSES.toString(), "--main", mainClass, "-o", image.toString());
        assertEquals(new Outcome("", "", 0), build, "keel build of " + mainClass);
        Outcome keel = keelTool("run", image.toString());
        assertEquals(hotspot, keel, mainClass + ": HotSpot and Keel differ");
    }

    private static Outcome keelTool(String... arguments) {
        List<String> command = new ArrayList<>(List.of(Repository.JAVA.toString(), "-Dkeel.home=" + Repository.ROOT,
                "-jar", Repository.KEEL_JAR.toString()));
        command.addAll(List.of(arguments));
        return Outcome.run(Repository.ROOT, command);
    }

    private static List<Path> programs() throws IOException {
        return ProgramSources.list(Repository.CONFORMANCE_PROGRAMS);
    }
}
