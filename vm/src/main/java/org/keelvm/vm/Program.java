package org.keelvm.vm;

/**
 * The application's entry point as the VM sees it. The image builder replaces the body of {@link #main()} with a
 * call to the application's {@code public static void main(String[])}; the body here runs only if an image was
 * built without one.
 */
final class Program {
    private Program() {
    }

    /** Runs the application's {@code main}. */
    static void main() {
        BootLog.noProgram();
    }
}
