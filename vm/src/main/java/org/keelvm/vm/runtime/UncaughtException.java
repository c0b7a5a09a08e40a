package org.keelvm.vm.runtime;

import org.keelvm.hal.ErrorConsole;
import org.keelvm.hal.Machine;
import org.keelvm.vm.JdkStartup;
import org.keelvm.vm.object.ObjectAccess;

/**
 * The end of an exception that no frame catches: HotSpot's report on the error stream and exit status 1. Once the
 * JDK has started, the JDK prints it (through the thread's uncaught-exception handler); before, or without the
 * JDK, the report is printed here, from the stack as {@link ExceptionDispatch} left it (which, for an uncaught
 * exception, still holds every frame between {@code main} and the throw).
 */
public final class UncaughtException {
    /** Exit status of a program that ends with an uncaught exception, as on HotSpot. */
    public static final int EXIT_UNCAUGHT = 1;

    private static boolean reporting;

    private UncaughtException() {
    }

    /**
     * Prints {@code Exception in thread "main" ...} with the stack and leaves the machine. The report avoids the
     * class library where it can (no string concatenation), and an exception raised while reporting ends the
     * report at once: the VM never loops on a failing report.
     */
    public static void report(Throwable exception) {
        if (reporting) {
            ErrorConsole.println();
            ErrorConsole.print("keel: exception while reporting an uncaught exception: ");
            ErrorConsole.println(ObjectAccess.hubOf(exception).name);
            long[] frames = StackWalk.capture();
            for (int i = 0; i < frames.length; i++) {
                ErrorConsole.print("\tat ");
                StackWalk.print(frames[i]);
                ErrorConsole.println();
            }
            Machine.exit(EXIT_UNCAUGHT);
        }
        reporting = true;
        // With the JDK started, its own path as HotSpot's launcher takes it; it does not return.
        JdkStartup.reportUncaught(exception);
        long[] frames = StackWalk.capture();
        ErrorConsole.print("Exception in thread \"main\" ");
        ErrorConsole.print(ObjectAccess.hubOf(exception).name);
        String message = exception.getMessage();
        if (message != null) {
            ErrorConsole.print(": ");
            ErrorConsole.print(message);
        }
        ErrorConsole.println();
        for (int i = 0; i < frames.length; i++) {
            ErrorConsole.print("\tat ");
            StackWalk.print(frames[i]);
            ErrorConsole.println();
        }
        Machine.exit(EXIT_UNCAUGHT);
    }
}
