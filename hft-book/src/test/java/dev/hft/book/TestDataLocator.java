package dev.hft.book;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the reference data in {@code ../shared/data} (a copy of hft-net's test {@code SharedData}: test classes do
 * not cross modules). Fails with a message naming the folder when it is absent.
 */
final class SharedDataLocator {
    private SharedDataLocator() {
    }

    static Path resolve(final String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            final Path candidate = dir.resolveSibling("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                final Path file = candidate.resolve(relative);
                assertTrue(Files.exists(file), () -> "reference data file missing: " + file);
                return file;
            }
            dir = dir.getParent();
        }
        throw new AssertionError("the reference data folder ../shared/data is absent (it sits beside the project"
            + " root in CI; see shared/data/README.md): the LOBSTER replay cannot run");
    }
}
