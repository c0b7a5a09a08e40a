package org.keelvm.vm;

/**
 * The application's entry point as the VM sees it. The image builder replaces the body of {@link #main()} with a
 * call to the application's {@code public static void main(String[])}; the body here runs only if an image was
 * built without one.
 */
final class Program {
    private Program() {
    }

    /** Runs the application's {@code main} with the program's arguments. */
    static void main(String[] args) {
        BootLog.noProgram();
    }

    /** In an image with several main classes: the one the first program argument names. */
    static String selectedMain(String[] args) {
        if (args.length == 0) {
            noMain("(no program argument)");
        }
        return args[0];
    }

    /** In an image with several main classes: the arguments after the first, for the selected {@code main}. */
    static String[] remainingArguments(String[] args) {
        String[] rest = new String[Math.max(0, args.length - 1)];
        for (int i = 0; i < rest.length; i++) {
            rest[i] = args[i + 1];
        }
        return rest;
    }

    /** In an image with several main classes: the first program argument names none of them. */
    static void noMain(String name) {
        BootLog.noSuchMain(name);
        org.keelvm.hal.Machine.exit(VM.EXIT_VM_FAILURE);
    }
}
