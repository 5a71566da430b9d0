package dev.hft.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM flags every JVM loading hft needs on Java 17 (Agrona's and Chronicle's {@code --add-exports} and
 * {@code --add-opens}, and {@code -Dchronicle.analytics.disable=true}), as written in the root pom's
 * {@code hft.jvm.flags} property and filtered into this module's resources at build time.
 */
public final class JvmFlags {
    private static final String RESOURCE = "jvm-flags.txt";

    private JvmFlags() {
    }

    /**
     * Reads the flags.
     *
     * @return the flags in command-line form, e.g. {@code --add-exports=java.base/jdk.internal.misc=ALL-UNNAMED}.
     */
    public static List<String> all() {
        try (InputStream in = JvmFlags.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + ": rebuild the bench module");
            }
            final String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            if (text.startsWith("${")) {
                throw new IllegalStateException("resource " + RESOURCE + " was not filtered: rebuild with Maven");
            }
            final List<String> flags = new ArrayList<>();
            for (final String flag : text.split("\\s+")) {
                if (!flag.isEmpty()) {
                    flags.add(flag);
                }
            }
            return List.copyOf(flags);
        } catch (final IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
