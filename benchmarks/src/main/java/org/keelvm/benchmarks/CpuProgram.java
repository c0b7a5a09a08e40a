package org.keelvm.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * One CPU benchmark program: a single source file in the default package of {@code benchmarks/src/programs/java},
 * whose class of the same name has the {@code main}. Each is compiled on its own into its own directory, because
 * {@code keel build} puts every class of the directory it is given into the image.
 *
 * @param name   the class name, which is also the benchmark's name
 * @param source the {@code .java} file
 */
record CpuProgram(String name, Path source) {
    /** Where the programs live, relative to the repository. */
    static final String SOURCE_DIRECTORY = "benchmarks/src/programs/java";

    /**
     * The programs under {@code directory}, sorted by name, keeping only those named in {@code only} when it is not
     * empty.
     *
     * @throws BenchmarkException if the directory cannot be read, or a name in {@code only} has no program
     */
    static List<CpuProgram> find(Path directory, List<String> only) {
        List<CpuProgram> programs = new ArrayList<>();
        try (DirectoryStream<Path> sources = Files.newDirectoryStream(directory, "*.java")) {
            for (Path source : sources) {
                String file = source.getFileName().toString();
                programs.add(new CpuProgram(file.substring(0, file.length() - ".java".length()), source));
            }
        } catch (IOException e) {
            throw new BenchmarkException("cannot list the programs in " + directory + ": " + e.getMessage(), e);
        }
        programs.sort(Comparator.comparing(CpuProgram::name));
        if (only.isEmpty()) {
            return List.copyOf(programs);
        }
        List<CpuProgram> chosen = new ArrayList<>();
        for (String name : only) {
            CpuProgram program = programs.stream().filter(p -> p.name().equals(name)).findFirst()
                    .orElseThrow(() -> new BenchmarkException("no program " + name + " in " + directory + "; there"
                            + " are: " + String.join(", ", programs.stream().map(CpuProgram::name).toList())));
            chosen.add(program);
        }
        return List.copyOf(chosen);
    }

    /**
     * Compiles this program, for Java 17, against {@code classPath} into {@code output}.
     *
     * @throws BenchmarkException with the compiler's messages if it does not compile
     */
    void compile(String classPath, Path output) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new BenchmarkException("the JDK running the harness has no Java compiler (is it a JRE?)");
        }
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new BenchmarkException("cannot create " + output + ": " + e.getMessage(), e);
        }
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status = compiler.run(null, messages, messages, "--release", "17", "-cp", classPath, "-d",
                output.toString(), source.toString());
        if (status != 0) {
            throw new BenchmarkException("the program " + name + " does not compile:\n"
                    + messages.toString(StandardCharsets.UTF_8));
        }
    }
}
