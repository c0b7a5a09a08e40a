package org.keelvm.tools;

import java.nio.file.Path;
import java.util.List;

/**
 * The positional arguments of {@code keel run}, split into the image and the program's arguments.
 *
 * <p>Everything after {@code --} belongs to the program. picocli reports all positional arguments in one list,
 * whether they came before or after {@code --}, so the split is recovered from where {@code --} stood on the
 * original command line: without it {@code keel run -- a b} would boot an image called {@code a}.
 *
 * @param image       the image to boot, or {@code null} for the bundled example
 * @param programArgs the arguments for the program's {@code main}
 */
record RunArguments(Path image, List<String> programArgs) {
    /** The word that ends the options and starts the program's arguments. */
    static final String END_OF_OPTIONS = "--";

    /** Keeps an unchangeable copy of the program's arguments. */
    RunArguments {
        programArgs = List.copyOf(programArgs);
    }

    /**
     * Splits the positional arguments.
     *
     * @param originalArgs the whole command line as given to {@code keel}
     * @param subcommand   the name of the subcommand in {@code originalArgs}
     * @param positionals  the positional arguments picocli matched for the subcommand, in order
     * @throws CliException if more than one argument comes before {@code --}
     */
    static RunArguments split(List<String> originalArgs, String subcommand, List<String> positionals)
            throws CliException {
        // keel itself takes no option with a value, so the first occurrence of the name is the subcommand.
        int start = originalArgs.indexOf(subcommand);
        int end = start < 0 ? -1 : originalArgs.subList(start, originalArgs.size()).indexOf(END_OF_OPTIONS);
        int afterEnd = end < 0 ? 0 : originalArgs.size() - (start + end) - 1;
        int beforeEnd = Math.max(0, positionals.size() - afterEnd);
        if (beforeEnd > 1) {
            throw new CliException("unexpected argument '" + positionals.get(1) + "'; the image is the only"
                    + " argument before --, the program's arguments come after it",
                    CliException.USAGE);
        }
        Path image = beforeEnd == 1 ? Path.of(positionals.get(0)) : null;
        return new RunArguments(image, positionals.subList(beforeEnd, positionals.size()));
    }
}
