package org.keelvm.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The settings of the terminal on standard input, saved so they can be put back.
 *
 * <p>QEMU's stdio console puts the terminal in raw mode and restores it when it exits; if QEMU is killed before it
 * can, the user's shell is left without echo or line editing. The launcher saves the settings before starting QEMU
 * and restores them when it is interrupted. This is best effort: it uses {@code stty}, and does nothing when
 * standard input is not a terminal.
 */
final class TerminalState {
    private final String settings;

    private TerminalState(String settings) {
        this.settings = settings;
    }

    /** Saves the current settings; the result restores nothing when standard input is not a terminal. */
    static TerminalState capture() {
        try {
            Process stty = new ProcessBuilder("stty", "-g")
                    .redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String output = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return new TerminalState(stty.waitFor() == 0 && !output.isEmpty() ? output : null);
        } catch (IOException e) {
            return new TerminalState(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new TerminalState(null);
        }
    }

    /** Puts the saved settings back, or sane ones if that fails. */
    void restore() {
        if (settings != null && !stty(settings)) {
            stty("sane");
        }
    }

    private static boolean stty(String argument) {
        try {
            return new ProcessBuilder("stty", argument)
                    .redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
