package org.keelvm.tools.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What {@code keel build} options change about an image: {@code --bare} leaves the JDK's start-up out (a program
 * written against {@code hal} runs, {@code System.out} stays unset), {@code --main} given twice selects the program
 * by the first argument (and names an unknown one in a fatal line), and program arguments reach {@code main}
 * unchanged.
 */
class ImageOptionsIT {
    private static final Path PROGRAMS = Repository.ROOT.resolve("tools/src/conformance/options");
    private static final Path WORK = Repository.WORK.resolve("options");
    private static final Path CLASSES = WORK.resolve("classes");
    private static final List<String> ARGUMENTS = List.of("one", "two words", "", "100%", "h\u00e9llo \u2713");
    private static final String PRINTED = "5\n[one]\n[two words]\n[]\n[100%]\n[h\u00e9llo \u2713]\n";

    @BeforeAll
    static void compile() throws IOException {
        Repository.require(Repository.KEEL_JAR, "run mvn package first");
        ProgramSources.compile(PROGRAMS, CLASSES);
    }

    @Test
    void aBareImageRunsAHalProgramWithItsArgumentsWithoutStartingTheJdk() {
        Path image = WORK.resolve("bare.img");
        assertEquals(new Outcome("", "", 0), SuiteImage.keelTool("build", CLASSES.toString(), "--bare", "--main",
                "PrintArguments", "-o", image.toString()));
        Outcome run = SuiteImage.keelTool(concat(List.of("run", image.toString(), "--"), ARGUMENTS));
        assertEquals(new Outcome("bare\n" + PRINTED, "", 0), run);
    }

    @Test
    void severalMainsAreSelectedByTheFirstArgumentAndAnUnknownOneIsNamed() {
        Path image = WORK.resolve("two.img");
        assertEquals(new Outcome("", "", 0), SuiteImage.keelTool("build", CLASSES.toString(), "--main",
                "PrintArguments", "--main", "PrintArguments", "-o", image.toString()));
        Outcome run = SuiteImage.keelTool(concat(List.of("run", image.toString(), "--", "PrintArguments"),
                ARGUMENTS));
        assertEquals(new Outcome("jdk\n" + PRINTED, "", 0), run);
        Outcome unknown = SuiteImage.keelTool("run", image.toString(), "--", "Nope");
        assertEquals(new Outcome("", "keel: fatal: no main class Nope in this image\n", 127), unknown);
    }

    private static String[] concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toArray(String[]::new);
    }
}
