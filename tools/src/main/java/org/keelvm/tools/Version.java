package org.keelvm.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/**
 * The version of Keel this tool belongs to, as Maven wrote it into {@code version.properties} at build time.
 */
public final class Version implements IVersionProvider {
    private static final String RESOURCE = "version.properties";

    /** The project version, such as {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the keel tool's class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line {@code keel --version} prints. */
    @Override
    public String[] getVersion() {
        return new String[] {"keel " + current()};
    }
}
