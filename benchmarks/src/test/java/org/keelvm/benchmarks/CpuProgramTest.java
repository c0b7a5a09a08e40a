package org.keelvm.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuProgramTest {
    @TempDir
    Path dir;

    @Test
    void findsEverySourceSortedByName() throws Exception {
        Files.writeString(dir.resolve("Zeta.java"), "class Zeta {}");
        Files.writeString(dir.resolve("Alpha.java"), "class Alpha {}");
        Files.writeString(dir.resolve("notes.txt"), "not a program");
        assertEquals(List.of("Alpha", "Zeta"), CpuProgram.find(dir, List.of()).stream().map(CpuProgram::name).toList());
    }

    @Test
    void onlyKeepsTheNamedProgramsInTheGivenOrder() throws Exception {
        Files.writeString(dir.resolve("Zeta.java"), "class Zeta {}");
        Files.writeString(dir.resolve("Alpha.java"), "class Alpha {}");
        Files.writeString(dir.resolve("Mid.java"), "class Mid {}");
        assertEquals(List.of("Zeta", "Alpha"), CpuProgram.find(dir, List.of("Zeta", "Alpha")).stream()
                .map(CpuProgram::name).toList());
        BenchmarkException missing = assertThrows(BenchmarkException.class,
                () -> CpuProgram.find(dir, List.of("Omega")));
        assertTrue(missing.getMessage().contains("Alpha, Mid, Zeta"), missing.getMessage());
    }

    @Test
    void compilesAProgramIntoItsOwnDirectory() throws Exception {
        Path source = dir.resolve("Hello.java");
        Files.writeString(source, "public class Hello { public static void main(String[] a) {"
                + " System.out.print(6 * 7); } }");
        Path classes = dir.resolve("classes/Hello");
        new CpuProgram("Hello", source).compile("", classes);
        assertTrue(Files.isRegularFile(classes.resolve("Hello.class")));
    }

    @Test
    void aCompileErrorCarriesTheCompilersMessage() throws Exception {
        Path source = dir.resolve("Broken.java");
        Files.writeString(source, "public class Broken { int x = \"text\"; }");
        BenchmarkException error = assertThrows(BenchmarkException.class,
                () -> new CpuProgram("Broken", source).compile("", dir.resolve("out")));
        assertTrue(error.getMessage().contains("Broken.java"), error.getMessage());
    }
}
