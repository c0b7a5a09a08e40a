package org.keelvm.tools.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's path end to end through the real {@code ./keel} script: build the bundled example into an image, boot
 * it under QEMU, and get exactly what HotSpot prints and returns for the same jar.
 */
class KeelScriptIT {
    @BeforeAll
    static void prerequisites() throws Exception {
        Repository.require(Repository.KEEL_JAR, "run mvn package first");
        Repository.require(Repository.EXAMPLES_JAR, "run mvn package first");
        Files.createDirectories(Repository.WORK);
    }

    @Test
    void exampleBootsAndPrintsWhatHotSpotPrints() {
        Path image = Repository.WORK.resolve("primes.img");
        Outcome build = keel("build", Repository.EXAMPLES_JAR.toString(), "-o", image.toString());
        assertEquals(new Outcome("", "", 0), build, "keel build");

        Outcome keel = keel("run", image.toString());
        Outcome hotspot = Outcome.run(Repository.ROOT, List.of(Repository.JAVA.toString(), "-cp",
                Repository.HAL_CLASSES + ":" + Repository.EXAMPLES_JAR, "org.keelvm.examples.Primes"));
        assertEquals(29, hotspot.status(), "HotSpot's exit status");
        assertTrue(hotspot.stdout().startsWith("1229 "), hotspot.stdout());
        assertEquals(hotspot, keel);
    }

    @Test
    void runWithoutImageBuildsAndBootsTheBundledExample() {
        Outcome keel = keel("run");
        assertEquals(29, keel.status(), keel.toString());
        assertTrue(keel.stdout().contains("90: 2880067194370816120\n"), keel.stdout());
    }

    @Test
    void verboseBootReportsMemoryAndBootTime() {
        Path image = Repository.WORK.resolve("verbose.img");
        assertEquals(0, keel("build", Repository.EXAMPLES_JAR.toString(), "-o", image.toString()).status());
        Outcome keel = keel("run", "--verbose", "--memory", "128M", image.toString());
        assertEquals(29, keel.status(), keel.toString());
        String firstLine = keel.stdout().lines().findFirst().orElse("");
        assertTrue(firstLine.matches("keel: boot: ram=1[23][0-9]{7} entry-to-main=[0-9]+ cycles"), firstLine);
    }

    @Test
    void sameInputGivesTheSameImage() throws Exception {
        Path first = Repository.WORK.resolve("first.img");
        Path second = Repository.WORK.resolve("second.img");
        assertEquals(0, keel("build", Repository.EXAMPLES_JAR.toString(), "-o", first.toString()).status());
        assertEquals(0, keel("build", Repository.EXAMPLES_JAR.toString(), "-o", second.toString()).status());
        assertEquals(-1L, Files.mismatch(first, second), "images of the same input differ");
    }

    @Test
    void garbageImageIsRefusedInOneLine() throws Exception {
        Path garbage = Files.writeString(Repository.WORK.resolve("garbage.img"), "this is not an image\n");
        Outcome keel = keel("run", garbage.toString());
        assertEquals(1, keel.status());
        assertEquals("", keel.stdout());
        assertEquals(1, keel.stderr().lines().count(), keel.stderr());
        assertTrue(keel.stderr().startsWith("keel: error: "), keel.stderr());
    }

    @Test
    void buildOfAMissingJarFailsInOneLine() {
        Outcome keel = keel("build", Repository.WORK.resolve("no-such.jar").toString());
        assertEquals(1, keel.status());
        assertEquals(1, keel.stderr().lines().count(), keel.stderr());
        assertFalse(keel.stderr().contains("Exception"), keel.stderr());
    }

    private static Outcome keel(String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of(Repository.KEEL.toString()));
        command.addAll(List.of(arguments));
        return Outcome.run(Repository.ROOT, command);
    }
}
