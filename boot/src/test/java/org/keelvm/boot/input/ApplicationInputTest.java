package org.keelvm.boot.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keelvm.boot.BuildException;

class ApplicationInputTest {
    @TempDir
    Path dir;

    private Path appJar() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("com/x/Main.class", TestJars.mainClass("com/x/Main"));
        entries.put("com/x/Util.class", TestJars.plainClass("com/x/Util"));
        entries.put("com/x/messages.properties", "a=b".getBytes(StandardCharsets.UTF_8));
        entries.put("module-info.class", TestJars.plainClass("module-info"));
        return TestJars.jar(dir.resolve("app.jar"), "com.x.Main", null, entries);
    }

    private static String message(Path input, List<Path> classPath, String mainOverride) {
        BuildException e = assertThrows(BuildException.class,
                () -> ApplicationInput.open(input, classPath).mainClass(mainOverride));
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void readsAJarAndItsManifestMainClass() throws Exception {
        Path jar = appJar();
        ApplicationInput app = ApplicationInput.open(jar, List.of());
        assertEquals("com.x.Main", app.mainClass(null));
        assertEquals(Set.of("com/x/Main", "com/x/Util"), app.classNames());
        assertArrayEquals(TestJars.plainClass("com/x/Util"), app.classBytes("com/x/Util"));
        assertNull(app.classBytes("com/x/Missing"));
        assertEquals(List.of(), app.warnings());
    }

    @Test
    void mainOverrideWinsAndAcceptsSlashes() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("com/x/Main.class", TestJars.mainClass("com/x/Main"));
        entries.put("com/x/Other.class", TestJars.mainClass("com/x/Other"));
        Path jar = TestJars.jar(dir.resolve("app.jar"), "com.x.Main", null, entries);
        ApplicationInput app = ApplicationInput.open(jar, List.of());
        assertEquals("com.x.Other", app.mainClass("com.x.Other"));
        assertEquals("com.x.Other", app.mainClass("com/x/Other"));
        assertEquals("com.x.Other", app.mainClass("com/x/Other.class"));
    }

    @Test
    void readsADirectoryOfClassesWithMainGiven() throws Exception {
        Path classes = TestJars.classesDir(dir.resolve("classes"),
                Map.of("com/x/Main", TestJars.mainClass("com/x/Main"), "Top", TestJars.plainClass("Top")));
        ApplicationInput app = ApplicationInput.open(classes, List.of());
        assertEquals(Set.of("Top", "com/x/Main"), app.classNames());
        assertEquals("com.x.Main", app.mainClass("com.x.Main"));
        assertEquals("no entry point: " + classes + " is a directory, which has no manifest; pass --main <class>",
                message(classes, List.of(), null));
    }

    @Test
    void missingInputIsNamed() {
        Path missing = dir.resolve("nope.jar");
        BuildException e = assertThrows(BuildException.class, () -> ApplicationInput.open(missing, List.of()));
        assertEquals("no such file: " + missing, e.getMessage());
    }

    @Test
    void aFileThatIsNotAJarIsRejected() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello, not a zip\n");
        BuildException e = assertThrows(BuildException.class, () -> ApplicationInput.open(text, List.of()));
        assertEquals(text + " is not a jar file or a directory of class files", e.getMessage());
    }

    @Test
    void aTruncatedJarIsCorrupt() throws Exception {
        byte[] whole = Files.readAllBytes(appJar());
        Path cut = Files.write(dir.resolve("cut.jar"), Arrays.copyOf(whole, whole.length / 2));
        BuildException e = assertThrows(BuildException.class, () -> ApplicationInput.open(cut, List.of()));
        assertTrue(e.getMessage().startsWith(cut + " is a corrupt jar: "), e.getMessage());
    }

    @Test
    void aJarWithoutMainClassNeedsMain() throws Exception {
        Path jar = TestJars.jar(dir.resolve("lib.jar"), null, null,
                Map.of("com/x/Main.class", TestJars.mainClass("com/x/Main")));
        assertEquals("no entry point: " + jar + " has no Main-Class in its manifest; pass --main <class>",
                message(jar, List.of(), null));
        assertEquals("com.x.Main", ApplicationInput.open(jar, List.of()).mainClass("com.x.Main"));
    }

    @Test
    void aMissingEntryClassIsNamedWithTheJar() throws Exception {
        Path jar = TestJars.jar(dir.resolve("app.jar"), "com.x.Gone", null,
                Map.of("com/x/Main.class", TestJars.mainClass("com/x/Main")));
        assertEquals("entry class com.x.Gone named by the Main-Class of " + jar + " is not in " + jar,
                message(jar, List.of(), null));
        assertEquals("entry class com.y.Nope given by --main is not in " + jar,
                message(jar, List.of(), "com.y.Nope"));
    }

    @Test
    void anInvalidClassNameIsRejected() throws Exception {
        assertEquals("'com..Main' given by --main is not a valid class name",
                message(appJar(), List.of(), "com..Main"));
    }

    @Test
    void anEntryClassWithoutMainIsRejected() throws Exception {
        Path jar = appJar();
        assertEquals("entry class com.x.Util in " + jar + " has no method public static void main(String[])",
                message(jar, List.of(), "com.x.Util"));
    }

    @Test
    void anInstanceMainIsRejected() throws Exception {
        Path jar = TestJars.jar(dir.resolve("app.jar"), "Main", null, Map.of("Main.class",
                TestJars.classWithMain("Main", TestJars.JAVA_17, org.objectweb.asm.Opcodes.ACC_PUBLIC,
                        "([Ljava/lang/String;)V")));
        assertEquals("entry class Main in " + jar + " has a main(String[]) that is not public static",
                message(jar, List.of(), null));
    }

    @Test
    void aMainWithOtherParametersDoesNotCount() throws Exception {
        Path jar = TestJars.jar(dir.resolve("app.jar"), "Main", null, Map.of("Main.class",
                TestJars.classWithMain("Main", TestJars.JAVA_17, TestJars.PUBLIC_STATIC, "()V")));
        assertEquals("entry class Main in " + jar + " has no method public static void main(String[])",
                message(jar, List.of(), null));
    }

    @Test
    void aNewerClassFileVersionIsRejected() throws Exception {
        Path jar = TestJars.jar(dir.resolve("app.jar"), "com.x.Main", null, Map.of("com/x/Main.class",
                TestJars.classWithMain("com/x/Main", 65, TestJars.PUBLIC_STATIC, "([Ljava/lang/String;)V")));
        assertEquals("com/x/Main.class in " + jar
                        + " has class-file version 65 (Java 21); Keel supports up to 61 (Java 17)",
                message(jar, List.of(), null));
    }

    @Test
    void olderClassFileVersionsAreAccepted() throws Exception {
        Path jar = TestJars.jar(dir.resolve("app.jar"), "Main", null, Map.of("Main.class",
                TestJars.classWithMain("Main", org.objectweb.asm.Opcodes.V1_8, TestJars.PUBLIC_STATIC,
                        "([Ljava/lang/String;)V")));
        assertEquals("Main", ApplicationInput.open(jar, List.of()).mainClass(null));
    }

    @Test
    void aClassFileThatIsNotOneIsRejected() throws Exception {
        Path jar = TestJars.jar(dir.resolve("app.jar"), "Main", null,
                Map.of("Main.class", "garbage".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("Main.class in " + jar + " is not a class file", message(jar, List.of(), null));
    }

    @Test
    void manifestClassPathIsResolvedNextToTheJarAndMissingEntriesWarn() throws Exception {
        TestJars.jar(dir.resolve("lib/dep one.jar"), null, null,
                Map.of("com/dep/D.class", TestJars.plainClass("com/dep/D")));
        Path jar = TestJars.jar(dir.resolve("app.jar"), "com.dep.D", "lib/dep%20one.jar lib/missing.jar",
                Map.of("com/x/Main.class", TestJars.mainClass("com/x/Main")));
        ApplicationInput app = ApplicationInput.open(jar, List.of());
        assertArrayEquals(TestJars.plainClass("com/dep/D"), app.classBytes("com/dep/D"));
        assertEquals(List.of("keel: warning: " + dir.resolve("lib/missing.jar") + ", named by the Class-Path of "
                + jar + ", does not exist; ignoring it"), app.warnings());
        // The entry class may live on the class path; the message then says it searched there too.
        assertEquals("entry class com.dep.D in " + dir.resolve("lib/dep one.jar")
                + " has no method public static void main(String[])", message(jar, List.of(), null));
        assertEquals("entry class a.B given by --main is not in " + jar + " or its class path",
                message(jar, List.of(), "a.B"));
    }

    @Test
    void manifestClassPathComesBeforeLaterClassPathEntries() throws Exception {
        TestJars.jar(dir.resolve("dep.jar"), null, null, Map.of("U.class", TestJars.mainClass("U")));
        Path jar = TestJars.jar(dir.resolve("app.jar"), null, "dep.jar",
                Map.of("com/x/Main.class", TestJars.mainClass("com/x/Main")));
        Path other = TestJars.jar(dir.resolve("other.jar"), null, null, Map.of("U.class", TestJars.plainClass("U")));
        ApplicationInput app = ApplicationInput.open(jar, List.of(other));
        assertArrayEquals(TestJars.mainClass("U"), app.classBytes("U"));
        assertEquals(List.of("keel: warning: duplicate class U in " + dir.resolve("dep.jar") + " and " + other
                + "; using " + dir.resolve("dep.jar")), app.warnings());
    }

    @Test
    void duplicatesAcrossJarsWarnAndTheFirstWins() throws Exception {
        Path a = TestJars.jar(dir.resolve("x.jar"), null, null, Map.of("a/B.class", TestJars.mainClass("a/B")));
        Path b = TestJars.jar(dir.resolve("y.jar"), null, null, Map.of("a/B.class", TestJars.plainClass("a/B")));
        ApplicationInput app = ApplicationInput.open(appJar(), List.of(a, b, a));
        assertArrayEquals(TestJars.mainClass("a/B"), app.classBytes("a/B"));
        assertEquals(List.of("keel: warning: duplicate class a/B in " + a + " and " + b + "; using " + a),
                app.warnings());
        assertTrue(app.classNames().containsAll(Set.of("a/B", "com/x/Main", "com/x/Util")));
    }

    @Test
    void aMissingClassPathEntryIsAnError() throws Exception {
        Path missing = dir.resolve("gone.jar");
        BuildException e = assertThrows(BuildException.class,
                () -> ApplicationInput.open(appJar(), List.of(missing)));
        assertEquals("no such file: " + missing, e.getMessage());
    }

    @Test
    void multiReleaseJarsResolveAsJava17() throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "V");
        manifest.getMainAttributes().put(new Attributes.Name("Multi-Release"), "true");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("V.class", TestJars.plainClass("V"));
        entries.put("META-INF/versions/11/V.class", TestJars.mainClass("V"));
        entries.put("META-INF/versions/21/V.class",
                TestJars.classWithMain("V", 65, TestJars.PUBLIC_STATIC, "([Ljava/lang/String;)V"));
        Path jar = TestJars.jar(dir.resolve("mr.jar"), manifest, entries);
        ApplicationInput app = ApplicationInput.open(jar, List.of());
        assertEquals(Set.of("V"), app.classNames());
        assertEquals("V", app.mainClass(null));
    }

    @Test
    void returnedBytesAreACopy() throws Exception {
        ApplicationInput app = ApplicationInput.open(appJar(), List.of());
        app.classBytes("com/x/Main")[0] = 0;
        assertEquals((byte) 0xCA, app.classBytes("com/x/Main")[0]);
    }
}
