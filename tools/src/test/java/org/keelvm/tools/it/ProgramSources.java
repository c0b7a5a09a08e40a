package org.keelvm.tools.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** A folder of self-contained test programs, one {@code .java} file each, written against {@code hal/}. */
final class ProgramSources {
    private ProgramSources() {
    }

    /** The program sources in {@code folder}, sorted by name. */
    static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(Repository.require(folder, "it is in git"))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The main class of a program source: its file name. */
    static String mainClass(Path source) {
        return source.getFileName().toString().replace(".java", "");
    }

    /**
     * Compiles every program in {@code folder} with {@code javac --release 17} into {@code classes}, and copies the
     * files under {@code folder/resources} (the programs' class-path resources) there too.
     */
    static void compile(Path folder, Path classes) throws IOException {
        Files.createDirectories(classes);
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-g", "-d", classes.toString(),
                "-cp", Repository.HAL_CLASSES.toString()));
        for (Path program : list(folder)) {
            arguments.add(program.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, arguments.toArray(new String[0])), "javac of " + folder);
        Path resources = folder.resolve("resources");
        if (Files.isDirectory(resources)) {
            try (Stream<Path> files = Files.walk(resources)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target = classes.resolve(resources.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
