package org.keelvm.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keelvm.boot.elf.ElfWriter;

/**
 * Runs the whole command line in-process. {@code keel run} is pointed at a stand-in for QEMU, a shell script that
 * records its arguments and exits as told, so these tests need no QEMU and boot nothing.
 */
class MainTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path qemuArgs;

    @BeforeEach
    void setUp() {
        qemuArgs = dir.resolve("qemu-args.txt");
        System.clearProperty(BundledExample.HOME_PROPERTY);
    }

    @AfterEach
    void tearDown() {
        System.clearProperty(RunCommand.QEMU_PROPERTY);
        System.clearProperty(BundledExample.HOME_PROPERTY);
    }

    private int keel(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private List<String> errLines() {
        return err.toString().lines().toList();
    }

    /** Installs a stand-in for QEMU that writes {@code stderr} to its standard error and exits with {@code status}. */
    private void fakeQemu(String stderr, int status) throws IOException {
        Path script = dir.resolve("fake-qemu");
        Files.writeString(script, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + qemuArgs + "'\nprintf '" + stderr
                + "' >&2\nexit " + status + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        System.setProperty(RunCommand.QEMU_PROPERTY, script.toString());
    }

    /** The smallest image the launcher accepts: one executable segment holding the PVH entry. */
    private Path image() throws IOException {
        ElfWriter elf = new ElfWriter();
        elf.addSegment(".text", 0x100000, new byte[] {(byte) 0xf4}, 1, ElfWriter.EXECUTE);
        elf.setEntry(0x100000);
        elf.setPvhEntry(0x100000);
        return Files.write(dir.resolve("app.img"), elf.toByteArray());
    }

    private Path jarWithoutMainClass() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        Path jar = dir.resolve("lib.jar");
        try (OutputStream file = Files.newOutputStream(jar)) {
            new JarOutputStream(file, manifest).close();
        }
        return jar;
    }

    @Test
    void version() {
        assertEquals(0, keel("--version"));
        assertEquals("keel " + Version.current() + "\n", out.toString());
        assertTrue(Version.current().matches("\\d+\\.\\d+\\.\\d+.*"), Version.current());
    }

    @Test
    void helpListsTheCommands() {
        assertEquals(0, keel("--help"));
        assertTrue(out.toString().contains("build") && out.toString().contains("run"), out.toString());
        assertEquals(0, keel("run", "--help"));
        assertTrue(out.toString().contains("--memory"), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(2, keel());
        assertEquals(List.of("keel: error: no command given; use keel build or keel run", "try 'keel --help'"),
                errLines());
    }

    @Test
    void anUnknownOptionIsOneLineAndAHint() {
        assertEquals(2, keel("build", "--frob", "app.jar"));
        assertEquals(List.of("keel: error: Unknown option: '--frob'", "try 'keel build --help'"), errLines());
    }

    @Test
    void exclusiveAcceleratorsAreAUsageError() {
        assertEquals(2, keel("run", "--kvm", "--tcg", "app.img"));
        assertEquals(List.of("keel: error: --kvm, --tcg are mutually exclusive (specify only one)",
                "try 'keel run --help'"), errLines());
    }

    @Test
    void badMemoryIsAUsageError() {
        assertEquals(2, keel("run", "--memory", "lots", "app.img"));
        assertTrue(errLines().get(0).startsWith("keel: error: Invalid value for option '--memory': 'lots' is not"),
                err.toString());
    }

    @Test
    void buildingAMissingJarIsOneLine() {
        Path missing = dir.resolve("app.jar");
        assertEquals(1, keel("build", missing.toString()));
        assertEquals(List.of("keel: error: no such file: " + missing), errLines());
        assertEquals("", out.toString());
    }

    @Test
    void buildingAFileThatIsNotAJarIsOneLine() throws IOException {
        Path text = Files.writeString(dir.resolve("app.jar"), "not a zip");
        assertEquals(1, keel("build", text.toString()));
        assertEquals(List.of("keel: error: " + text + " is not a jar file or a directory of class files"),
                errLines());
    }

    @Test
    void buildingWithoutAnEntryPointSaysToPassMain() throws IOException {
        Path jar = jarWithoutMainClass();
        assertEquals(1, keel("build", jar.toString()));
        assertEquals(List.of("keel: error: no entry point: " + jar
                + " has no Main-Class in its manifest; pass --main <class>"), errLines());
        assertFalse(Files.exists(dir.resolve("lib.img")));
    }

    @Test
    void buildingOverTheInputIsRefused() throws IOException {
        Path jar = jarWithoutMainClass();
        assertEquals(1, keel("build", jar.toString(), "-o", jar.toString()));
        assertEquals(List.of("keel: error: the output " + jar + " is the input; give another with -o"), errLines());
    }

    @Test
    void runningGarbageDoesNotStartQemu() throws IOException {
        fakeQemu("", 1);
        Path garbage = Files.writeString(dir.resolve("garbage.img"), "garbage");
        assertEquals(1, keel("run", garbage.toString()));
        assertEquals(List.of("keel: error: " + garbage + " is not a Keel image: not an ELF file"), errLines());
        assertFalse(Files.exists(qemuArgs));
    }

    @Test
    void runningAMissingImageOrADirectoryDoesNotStartQemu() throws IOException {
        fakeQemu("", 1);
        Path missing = dir.resolve("missing.img");
        assertEquals(1, keel("run", missing.toString()));
        assertEquals(1, keel("run", dir.toString()));
        assertEquals(List.of("keel: error: " + missing + " is not a Keel image: no such file",
                "keel: error: " + dir + " is not a Keel image: it is a directory"), errLines());
        assertFalse(Files.exists(qemuArgs));
    }

    @Test
    void runningATruncatedImageDoesNotStartQemu() throws IOException {
        fakeQemu("", 1);
        Path image = image();
        Files.write(image, java.util.Arrays.copyOf(Files.readAllBytes(image), 40));
        assertEquals(1, keel("run", image.toString()));
        assertEquals(1, errLines().size());
        assertTrue(errLines().get(0).startsWith("keel: error: " + image + " is not a Keel image: truncated"),
                err.toString());
        assertFalse(Files.exists(qemuArgs));
    }

    @Test
    void runPassesTheImageAndArgumentsAndReturnsTheGuestStatus() throws IOException {
        fakeQemu("", 7);
        Path image = image();
        assertEquals(3, keel("run", "--tcg", "-m", "1G", image.toString(), "--", "a b", "--x"));
        assertEquals("", err.toString());
        List<String> args = Files.readAllLines(qemuArgs);
        String chardev = args.get(args.indexOf("-chardev") + 1);
        String prefix = "socket,id=guest-stderr,path=";
        assertTrue(chardev.startsWith(prefix), chardev);
        String statusChardev = args.get(args.lastIndexOf("-chardev") + 1);
        assertTrue(statusChardev.startsWith("socket,id=guest-status,path="), statusChardev);
        assertEquals(List.of("-M", "microvm", "-accel", "tcg", "-m", "1024", "-nodefaults", "-no-user-config",
                "-nographic", "-no-reboot", "-serial", "stdio", "-chardev", chardev,
                "-device", "isa-serial,chardev=guest-stderr,iobase=0x2f8,irq=3", "-chardev", statusChardev,
                "-device", "isa-debugcon,iobase=0x402,chardev=guest-status",
                "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
                "-kernel", image.toString(), "-append", "-- a%20b --x"), args);
        // The socket for the guest's standard error lives only as long as QEMU does.
        Path socket = Path.of(chardev.substring(prefix.length()));
        assertFalse(Files.exists(socket.getParent()), socket.toString());
    }

    @Test
    void verboseRunReportsTheCommandAndTime() throws IOException {
        fakeQemu("qemu-system-x86_64: warning: host lacks a feature\\n", 1);
        Path image = image();
        assertEquals(0, keel("run", "--tcg", "-v", image.toString()));
        List<String> lines = errLines();
        assertTrue(lines.get(0).startsWith("keel: " + System.getProperty(RunCommand.QEMU_PROPERTY) + " -M microvm"),
                err.toString());
        assertTrue(lines.get(0).endsWith("-append 'verbose --'"), err.toString());
        assertEquals("qemu-system-x86_64: warning: host lacks a feature", lines.get(1));
        assertTrue(lines.get(2).matches("keel: qemu ran for \\d+\\.\\d{3} s and exited with status 1"),
                err.toString());
    }

    @Test
    void aGuestWithoutExitStatusIsReported() throws IOException {
        fakeQemu("", 0);
        assertEquals(70, keel("run", "--tcg", image().toString()));
        assertEquals(List.of("keel: error: the guest stopped without an exit status (it reset or triple-faulted)"),
                errLines());
    }

    @Test
    void aQemuFailureIsOneLine() throws IOException {
        fakeQemu("qemu-system-x86_64: -kernel x: something is wrong\\nsecond line\\n", 1);
        assertEquals(1, keel("run", "--tcg", image().toString()));
        assertEquals(List.of("keel: error: qemu failed: -kernel x: something is wrong"), errLines());
    }

    @Test
    void aMissingQemuSaysHowToInstallIt() throws IOException {
        Path image = image();
        System.setProperty(RunCommand.QEMU_PROPERTY, dir.resolve("no-such-qemu").toString());
        assertEquals(1, keel("run", "--tcg", image.toString()));
        assertEquals(List.of("keel: error: " + dir.resolve("no-such-qemu")
                + " not found; install it with: sudo apt-get install qemu-system-x86"), errLines());
    }

    @Test
    void runWithoutAnImageNeedsKeelHome() {
        assertEquals(1, keel("run", "--", "a"));
        assertEquals(List.of("keel: error: no image given, and keel.home is not set to find the bundled example;"
                + " name an image, or start keel through the keel script"), errLines());
    }

    @Test
    void runWithoutAnImageNeedsTheBuiltExample() {
        System.setProperty(BundledExample.HOME_PROPERTY, dir.toString());
        assertEquals(1, keel("run"));
        Path jar = dir.resolve("examples/target/keel-examples-" + Version.current() + ".jar");
        assertEquals(List.of("keel: error: the bundled example " + jar + " has not been built; build it with: (cd "
                + dir + " && mvn -q -B -DskipTests install)"), errLines());
    }

    @Test
    void twoImagesAreAUsageError() throws IOException {
        assertEquals(2, keel("run", "a.img", "b.img"));
        assertEquals("keel: error: unexpected argument 'b.img'; the image is the only argument before --, the"
                + " program's arguments come after it", errLines().get(0));
    }
}
