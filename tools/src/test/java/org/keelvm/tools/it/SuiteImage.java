package org.keelvm.tools.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder of test programs compiled together and built into one Keel image with every program as a main class,
 * so a suite pays for one build and boots the image once per program (the first program argument picks it).
 * HotSpot runs each program on its own.
 */
final class SuiteImage {
    private final Path classes;
    private final Path image;
    private final List<String> programs;

    private SuiteImage(Path classes, Path image, List<String> programs) {
        this.classes = classes;
        this.image = image;
        this.programs = programs;
    }

    /** Compiles the programs of {@code sources} into {@code work/classes} and builds {@code work/suite.img}. */
    static SuiteImage build(Path sources, Path work) throws IOException {
        Repository.require(Repository.KEEL_JAR, "run mvn package first");
        Path classes = work.resolve("classes");
        ProgramSources.compile(sources, classes);
        List<String> programs = new ArrayList<>();
        for (Path source : ProgramSources.list(sources)) {
            programs.add(ProgramSources.mainClass(source));
        }
        Files.createDirectories(work);
        Path image = work.resolve("suite.img");
        List<String> arguments = new ArrayList<>(List.of("build", classes.toString(), "-o", image.toString()));
        for (String program : programs) {
            arguments.add("--main");
            arguments.add(program);
        }
        Outcome build = keelTool(arguments.toArray(new String[0]));
        assertEquals(new Outcome("", "", 0), build, "keel build of " + sources);
        return new SuiteImage(classes, image, programs);
    }

    /** The programs' main classes, sorted. */
    List<String> programs() {
        return programs;
    }

    /** Runs {@code mainClass} on HotSpot. */
    Outcome runOnHotSpot(String mainClass) {
        return Outcome.run(Repository.ROOT, List.of(Repository.JAVA.toString(), "-cp",
                Repository.HAL_CLASSES + ":" + classes, mainClass));
    }

    /** Boots the image to run {@code mainClass}. */
    Outcome runOnKeel(String mainClass) {
        return keelTool("run", image.toString(), "--", mainClass);
    }

    static Outcome keelTool(String... arguments) {
        List<String> command = new ArrayList<>(List.of(Repository.JAVA.toString(), "-Dkeel.home=" + Repository.ROOT,
                "-jar", Repository.KEEL_JAR.toString()));
        command.addAll(List.of(arguments));
        return Outcome.run(Repository.ROOT, command);
    }
}
