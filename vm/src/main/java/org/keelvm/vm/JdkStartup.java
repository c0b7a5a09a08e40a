package org.keelvm.vm;

/**
 * Where the VM hands over to the JDK's own start-up and shutdown, when the image starts the JDK. The image builder
 * replaces each body with a call of the matching method that Keel's class library adds to {@code System}; an image
 * built with {@code --bare} keeps these empty bodies, so that it holds none of the JDK's start-up code.
 */
public final class JdkStartup {
    private JdkStartup() {
    }

    /** Before {@code main}: thread groups, the main thread, {@code System.initPhase1}. */
    static void start() {
    }

    /** After {@code main} returns: the shutdown hooks, then the exit with {@code status}; returns if bare. */
    static void exit(int status) {
    }

    /**
     * An exception no frame caught: the thread's uncaught-exception handler prints it on {@code System.err}, then
     * the VM exits with status 1; returns if bare, for the VM to report it itself.
     */
    public static void reportUncaught(Throwable exception) {
    }
}
