package org.keelvm.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class RunArgumentsTest {
    @Test
    void imageAlone() throws Exception {
        RunArguments args = RunArguments.split(List.of("run", "app.img"), "run", List.of("app.img"));
        assertEquals(Path.of("app.img"), args.image());
        assertEquals(List.of(), args.programArgs());
    }

    @Test
    void imageThenProgramArguments() throws Exception {
        RunArguments args = RunArguments.split(List.of("run", "-m", "1G", "app.img", "--", "a", "--", "-x"), "run",
                List.of("app.img", "a", "--", "-x"));
        assertEquals(Path.of("app.img"), args.image());
        assertEquals(List.of("a", "--", "-x"), args.programArgs());
    }

    @Test
    void programArgumentsWithoutAnImage() throws Exception {
        RunArguments args = RunArguments.split(List.of("run", "--", "a", "b"), "run", List.of("a", "b"));
        assertNull(args.image());
        assertEquals(List.of("a", "b"), args.programArgs());
    }

    @Test
    void nothingAtAll() throws Exception {
        RunArguments args = RunArguments.split(List.of("run"), "run", List.of());
        assertNull(args.image());
        assertEquals(List.of(), args.programArgs());
    }

    @Test
    void twoArgumentsBeforeTheSeparatorAreAUsageError() {
        CliException e = assertThrows(CliException.class,
                () -> RunArguments.split(List.of("run", "app.img", "extra"), "run", List.of("app.img", "extra")));
        assertEquals(2, e.exitCode());
        assertEquals("unexpected argument 'extra'; the image is the only argument before --, the program's"
                + " arguments come after it", e.getMessage());
    }
}
