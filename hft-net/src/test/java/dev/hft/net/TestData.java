package dev.hft.net;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the reference data in {@code ../shared/data} (see its README). Tests that read it fail with a clear
 * message naming the folder when it is absent: a user's fresh clone has no {@code ../shared}, CI does.
 */
public final class SharedData {
    private SharedData() {
    }

    /**
     * Resolves a path under {@code ../shared/data}, failing clearly when the folder is absent.
     *
     * @param relative e.g. {@code pcap/nasdaq-itch50/Nasdaq-itch50/Multiple.Packets.pcap}.
     * @return the absolute path.
     */
    public static Path resolve(final String relative) {
        final Path root = root();
        final Path file = root.resolve(relative);
        assertTrue(Files.exists(file), () -> "reference data file missing: " + file);
        return file;
    }

    /**
     * The {@code shared/data} folder.
     *
     * @return its path.
     */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            final Path candidate = dir.resolveSibling("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new AssertionError("the reference data folder ../shared/data is absent (it sits beside the project"
            + " root in CI; see shared/data/README.md): tests that compare against real captures cannot run");
    }
}
