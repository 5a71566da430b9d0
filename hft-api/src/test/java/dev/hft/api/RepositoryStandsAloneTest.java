package dev.hft.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A user clones the repository and nothing else, so nothing in it (build, tests, scripts, CI, READMEs) may refer to
 * a folder beside the clone: every text file of the repository is scanned for a path that climbs out of it to the
 * old shared folder, and the reference data the tests read must be inside, in {@code testdata/}. The forbidden
 * strings are built from two parts so that this file does not flag itself. Lives in hft-api, the module every build
 * includes.
 */
class RepositoryStandsAloneTest {
    /** Strings no file of the repository may contain, each split in two so that this source does not hold it. */
    private static final List<String> FORBIDDEN = List.of("../" + "shared", "/work/" + "shared");
    /** Folders never scanned: git's own data, build output, IDE settings. */
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target", ".idea", ".vscode");
    /** Bytes looked at to tell a binary file (one holding a NUL byte) from a text file, as git does. */
    private static final int BINARY_PROBE = 8000;

    @Test
    void shouldReferToNoFolderOutsideTheRepository() throws IOException {
        final Path root = repositoryRoot();
        final List<String> hits = new ArrayList<>();
        final int[] scanned = {0};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(final Path dir, final BasicFileAttributes attributes) {
                final Path name = dir.getFileName();
                return name != null && !dir.equals(root) && SKIPPED_FOLDERS.contains(name.toString())
                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(final Path file, final BasicFileAttributes attributes)
                throws IOException {
                final String name = file.getFileName().toString();
                if (attributes.isRegularFile() && !".git".equals(name) && !name.endsWith(".pcap")) {
                    final byte[] bytes = Files.readAllBytes(file);
                    if (!isBinary(bytes)) {
                        scanned[0]++;
                        collectHits(root.relativize(file), bytes, hits);
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
        assertTrue(scanned[0] > 100, () -> "only " + scanned[0] + " text files found under " + root);
        assertTrue(hits.isEmpty(), () -> "files that refer to a folder outside the repository (the reference data is"
            + " in testdata/, the design brief in doc/design.md):\n  " + String.join("\n  ", hits));
    }

    @Test
    void shouldHoldTheReferenceDataAndTheDesignBriefInside() {
        final Path root = repositoryRoot();
        for (final String path : List.of("testdata/README.md", "testdata/fix-acceptance/LICENSE-quickfixj",
            "testdata/lobster/LOBSTER_SampleFiles_ReadMe.txt", "doc/design.md")) {
            assertTrue(Files.isRegularFile(root.resolve(path)), () -> "missing from the repository: " + path);
        }
    }

    /** The repository root: the first folder at or above the working directory that holds testdata/README.md. */
    private static Path repositoryRoot() {
        final Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("testdata/README.md"))
                && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new AssertionError("no folder at or above " + start + " holds testdata/README.md and pom.xml: run the"
            + " tests inside a complete clone of the repository");
    }

    private static boolean isBinary(final byte[] bytes) {
        final int end = Math.min(bytes.length, BINARY_PROBE);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Adds "path:line: text" for every forbidden string in the file (compared as ASCII bytes, any encoding). */
    private static void collectHits(final Path relative, final byte[] bytes, final List<String> hits) {
        for (final String forbidden : FORBIDDEN) {
            final byte[] needle = forbidden.getBytes(StandardCharsets.US_ASCII);
            for (int at = indexOf(bytes, needle, 0); at >= 0; at = indexOf(bytes, needle, at + 1)) {
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < at; i++) {
                    if (bytes[i] == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                int lineEnd = at;
                while (lineEnd < bytes.length && bytes[lineEnd] != '\n' && bytes[lineEnd] != '\r') {
                    lineEnd++;
                }
                final String text = new String(bytes, lineStart, lineEnd - lineStart, StandardCharsets.ISO_8859_1);
                hits.add(relative + ":" + line + ": " + text.strip());
            }
        }
    }

    private static int indexOf(final byte[] haystack, final byte[] needle, final int from) {
        for (int i = from; i <= haystack.length - needle.length; i++) {
            if (matchesAt(haystack, needle, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matchesAt(final byte[] haystack, final byte[] needle, final int at) {
        for (int j = 0; j < needle.length; j++) {
            if (haystack[at + j] != needle[j]) {
                return false;
            }
        }
        return true;
    }
}
