package org.keelvm.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class BuildCommandTest {
    @Test
    void aJarBecomesAnImageBesideIt() {
        assertEquals(Path.of("app.img"), BuildCommand.defaultOutput(Path.of("app.jar")));
        assertEquals(Path.of("build/libs/app-1.0.img"), BuildCommand.defaultOutput(Path.of("build/libs/app-1.0.jar")));
        assertEquals(Path.of("/x/APP.img"), BuildCommand.defaultOutput(Path.of("/x/APP.JAR")));
    }

    @Test
    void aDirectoryGetsImgAppended() {
        assertEquals(Path.of("target/classes.img"), BuildCommand.defaultOutput(Path.of("target/classes/")));
        assertEquals(Path.of("out/classes.img"), BuildCommand.defaultOutput(Path.of("out/./classes")));
    }

    @Test
    void otherFilesGetImgAppended() {
        assertEquals(Path.of("app.zip.img"), BuildCommand.defaultOutput(Path.of("app.zip")));
        assertEquals(Path.of(".jar.img"), BuildCommand.defaultOutput(Path.of(".jar")));
    }

    @Test
    void theCurrentDirectoryIsNamedByItsAbsolutePath() {
        Path cwd = Path.of("").toAbsolutePath();
        assertEquals(cwd.resolveSibling(cwd.getFileName() + ".img"), BuildCommand.defaultOutput(Path.of(".")));
    }

    @Test
    void classPathValuesAreSplitAndEmptyEntriesDropped() {
        assertEquals(List.of(Path.of("a.jar"), Path.of("lib/b.jar"), Path.of("classes")),
                BuildCommand.splitClassPath(List.of("a.jar:lib/b.jar", "::classes:")));
    }
}
