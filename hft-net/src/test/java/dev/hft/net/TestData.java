package dev.hft.net;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the repository's reference data, the top-level {@code testdata} folder (see its README.md), from any
 * working directory inside the repository: surefire runs with the module folder as the working directory, so the
 * search walks up from {@code user.dir} to the first folder holding {@code testdata/README.md}. Tests that read the
 * data fail with a message naming the folder when it is absent; they never skip.
 */
public final class TestData {
    /** The marker file that identifies the data folder. */
    private static final String MARKER = "testdata/README.md";

    private TestData() {
    }

    /**
     * Resolves a path under {@code testdata}, failing clearly when the folder or the file is absent.
     *
     * @param relative e.g. {@code pcap/nasdaq-itch50/Nasdaq-itch50/Multiple.Packets.pcap}.
     * @return the absolute path.
     */
    public static Path resolve(final String relative) {
        final Path file = root().resolve(relative);
        assertTrue(Files.exists(file), () -> "reference data file missing from the repository: " + file);
        return file;
    }

    /**
     * The {@code testdata} folder.
     *
     * @return its absolute path.
     */
    public static Path root() {
        final Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(MARKER))) {
                return dir.resolve("testdata");
            }
        }
        throw new AssertionError("the reference data folder testdata/ (with its README.md) was not found in " + start
            + " or any folder above it: run the tests inside a complete clone of the repository");
    }
}
