package org.keelvm.boot.elf;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A GNU binutils program run as the oracle for the files the writer produces. A missing program fails the test
 * instead of skipping it, so that a machine without binutils cannot pass the suite without checking anything.
 */
final class ExternalTool {
    private static final long TIMEOUT_SECONDS = 60;

    /** What a run of the program printed. */
    record Result(int exitCode, String stdout, String stderr) {
    }

    private final Path executable;

    private ExternalTool(Path executable) {
        this.executable = executable;
    }

    /** Finds {@code name} on the {@code PATH}, failing the test with a message that says what to install if absent. */
    static ExternalTool require(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return new ExternalTool(candidate);
            }
        }
        return fail(name + " is not on the PATH; the ELF writer tests use GNU binutils as their oracle,"
                + " install binutils (apt-get install binutils) to run them");
    }

    /** Runs the program with {@code arguments} and returns its output; fails the test if it does not finish. */
    Result run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        // A fixed locale keeps the messages in the English the assertions look for.
        builder.environment().put("LC_ALL", "C");
        Path stdout = Files.createTempFile("keel-tool", ".out");
        Path stderr = Files.createTempFile("keel-tool", ".err");
        try {
            Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            assertTrue(finished, () -> executable + " did not finish within " + TIMEOUT_SECONDS + " s");
            return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }
}
