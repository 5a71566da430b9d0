package dev.hft.book;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the repository's reference data, the top-level {@code testdata} folder (a copy of hft-net's test
 * {@code TestData}: test classes do not cross modules): walks up from {@code user.dir} (surefire runs in the module
 * folder) to the first folder holding {@code testdata/README.md}. Fails with a message naming the folder when it is
 * absent; a test that reads the data never skips.
 */
final class TestDataLocator {
    /** The marker file that identifies the data folder. */
    private static final String MARKER = "testdata/README.md";

    private TestDataLocator() {
    }

    static Path resolve(final String relative) {
        final Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(MARKER))) {
                final Path file = dir.resolve("testdata").resolve(relative);
                assertTrue(Files.exists(file), () -> "reference data file missing from the repository: " + file);
                return file;
            }
        }
        throw new AssertionError("the reference data folder testdata/ (with its README.md) was not found in " + start
            + " or any folder above it: run the tests inside a complete clone of the repository");
    }
}
