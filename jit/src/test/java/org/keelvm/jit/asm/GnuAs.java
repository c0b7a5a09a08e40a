package org.keelvm.jit.asm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the GNU binutils (as, objcopy, nm) on one source file and returns the .text bytes and
 * the offsets of its labels.
 */
final class GnuAs {

    /**
     * The result of assembling one file.
     *
     * @param text the bytes of the .text section
     * @param symbols the offset of every defined .text symbol, by name
     */
    record Output(byte[] text, Map<String, Integer> symbols) {
    }

    /** Thrown when the tools are missing or fail; the message says which and why. */
    static final class ToolException extends Exception {
        private static final long serialVersionUID = 1L;

        ToolException(String message) {
            super(message);
        }
    }

    private GnuAs() {
    }

    /** Assembles {@code source} with {@code as --64} in {@code dir}. */
    static Output assemble(Path dir, String source) throws IOException, ToolException {
        Path src = dir.resolve("oracle.s");
        Path obj = dir.resolve("oracle.o");
        Path bin = dir.resolve("oracle.bin");
        Files.writeString(src, source, StandardCharsets.UTF_8);
        run(dir, "as", "--64", "-o", obj.toString(), src.toString());
        run(dir, "objcopy", "-O", "binary", "--only-section=.text", obj.toString(), bin.toString());
        String nm = run(dir, "nm", "--defined-only", obj.toString());
        Map<String, Integer> symbols = new HashMap<>();
        for (String line : nm.split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 3 && (parts[1].equals("t") || parts[1].equals("T"))) {
                symbols.put(parts[2], Integer.parseInt(parts[0], 16));
            }
        }
        return new Output(Files.readAllBytes(bin), symbols);
    }

    /** Tells whether {@code as} can be started at all. */
    static String version() throws ToolException {
        try {
            Process p = new ProcessBuilder("as", "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            return out.lines().findFirst().orElse("as");
        } catch (IOException e) {
            throw new ToolException("GNU as (binutils) is required as the oracle of the x86-64 assembler"
                + " tests but could not be run: " + e.getMessage() + ". Install binutils (as, objcopy, nm).");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ToolException("interrupted while probing GNU as");
        }
    }

    private static String run(Path dir, String... command) throws IOException, ToolException {
        List<String> cmd = new ArrayList<>(List.of(command));
        Process p;
        try {
            p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new ToolException(command[0] + " (GNU binutils) is required by this test but could not be run: "
                + e.getMessage());
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new ToolException(command[0] + " timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ToolException("interrupted while running " + command[0]);
        }
        if (p.exitValue() != 0) {
            throw new ToolException(String.join(" ", cmd) + " failed with exit code " + p.exitValue() + ":\n" + out);
        }
        return out;
    }
}
