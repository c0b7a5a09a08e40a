package org.keelvm.tools;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.keelvm.boot.BuildException;
import org.keelvm.boot.BuildReport;
import org.keelvm.boot.BuildRequest;
import org.keelvm.boot.ImageBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code keel build}: compiles an application and the VM into a bootable image.
 */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Compile an application, with the Keel VM, into an image that boots on bare x86-64 "
                + "(or under QEMU with keel run).",
        footer = {"", "Prints nothing on success unless --verbose is given. Exits with 0 on success, 1 when the"
                + " application cannot be built, 2 on a usage error."})
final class BuildCommand implements Callable<Integer> {
    private static final String IMAGE_SUFFIX = ".img";
    private static final String JAR_SUFFIX = ".jar";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<jar-or-classes-dir>",
            description = "The application: a jar, or a directory of class files.")
    private Path input;

    @Option(names = {"--cp", "-cp", "--class-path"}, paramLabel = "<path>[:<path>...]",
            description = "Further jars or class directories the application needs, searched after it in this"
                    + " order. May be repeated.")
    private List<String> classPath = new ArrayList<>();

    @Option(names = "--main", paramLabel = "<class>",
            description = "The entry class, such as com.example.Main; default: the jar manifest's Main-Class. "
                    + "Given more than once, the image runs the class its first program argument names.")
    private List<String> mainClasses = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "<image>",
            description = "Where to write the image; default: next to the input, app.jar -> app.img,"
                    + " classes/ -> classes.img.")
    private Path output;

    @Option(names = {"-v", "--verbose"}, description = "Report the build's phases and a summary on standard error.")
    private boolean verbose;

    @Option(names = "--bare", description = "Do not start the JDK class library before main (System.out and the "
            + "system properties stay unset): for programs written against org.keelvm.hal alone.")
    private boolean bare;

    @Override
    public Integer call() throws BuildException, CliException {
        Path image = output != null ? output : defaultOutput(input);
        build(new BuildRequest(input, splitClassPath(classPath), mainClasses, image, verbose, !bare),
                spec.commandLine().getErr());
        return 0;
    }

    /**
     * Runs the image builder, and prints the summary line when the request is verbose.
     *
     * @throws CliException   if the request would overwrite its own input
     * @throws BuildException if the application cannot be built
     */
    static BuildReport build(BuildRequest request, PrintWriter err) throws BuildException, CliException {
        if (Files.exists(request.output()) && Files.exists(request.input())
                && request.output().toAbsolutePath().normalize().equals(request.input().toAbsolutePath().normalize())) {
            throw new CliException("the output " + request.output() + " is the input; give another with -o");
        }
        BuildReport report = ImageBuilder.build(request);
        if (request.verbose()) {
            err.println(BuildSummary.line(report));
            err.flush();
        }
        return report;
    }

    /**
     * Where the image goes when {@code -o} is not given: beside the input, named after it, with {@code .jar}
     * replaced by (or, for a directory, followed by) {@code .img}.
     */
    static Path defaultOutput(Path input) {
        Path normal = input.normalize();
        Path name = normal.getFileName();
        // "." or ".." (or a path ending in them) has no name of its own; the absolute path has.
        if (name == null || name.toString().isEmpty() || name.toString().equals("..")) {
            normal = input.toAbsolutePath().normalize();
            name = normal.getFileName();
            if (name == null) {
                return normal.resolve("app" + IMAGE_SUFFIX);
            }
        }
        String base = name.toString();
        if (base.toLowerCase(Locale.ROOT).endsWith(JAR_SUFFIX) && base.length() > JAR_SUFFIX.length()) {
            base = base.substring(0, base.length() - JAR_SUFFIX.length());
        }
        return normal.resolveSibling(base + IMAGE_SUFFIX);
    }

    /** The {@code --cp} values as paths; empty entries are dropped rather than read as the current directory. */
    static List<Path> splitClassPath(List<String> values) {
        List<Path> paths = new ArrayList<>();
        for (String value : values) {
            for (String entry : value.split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    paths.add(Path.of(entry));
                }
            }
        }
        return paths;
    }
}
