package org.keelvm.vm;

/**
 * The application's entry point as the VM sees it. The image builder replaces the body of {@link #main()} with a
 * call to the application's {@code public static void main(String[])}; the body here runs only if an image was
 * built without one.
 */
final class Program {
    private Program() {
    }

    /**
     * Starts the JDK as HotSpot does before {@code main}: the image builder replaces this body with a call of
     * {@code System.initPhase1()} (streams, system properties); left as it is when the image is built without the
     * JDK's start-up.
     */
    static void startJdk() {
    }

    /** Runs the application's {@code main} with the program's arguments. */
    static void main(String[] args) {
        BootLog.noProgram();
    }
}
