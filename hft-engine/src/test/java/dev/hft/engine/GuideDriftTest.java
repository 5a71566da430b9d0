package dev.hft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Keeps the README's guide ("From an empty strategy to a running engine") and the consumer project that CI runs
 * ({@code consumer-check/engine-guide}, outside the reactor) the same code: each {@code java} block of the section
 * equals, modulo indentation and whitespace, the region between {@code // guide:begin} and {@code // guide:end} of
 * its source file; and the line count the README states is the real one, under 50.
 */
class GuideDriftTest {
    private static final String SECTION = "## From an empty strategy to a running engine";
    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    private static final Path PROJECT = MODULE.resolve("../consumer-check/engine-guide/src").normalize();
    private static final Path[] SOURCES = {
        PROJECT.resolve("main/java/com/example/Quoter.java"),
        PROJECT.resolve("test/java/com/example/QuoterMain.java"),
    };

    @Test
    void shouldShowTheConsumerProjectsCodeInTheReadme() throws IOException {
        final List<List<String>> blocks = javaBlocks(Files.readAllLines(MODULE.resolve("README.md")));
        assertTrue(blocks.size() >= SOURCES.length, "the guide section has fewer java blocks than guide sources");
        for (int i = 0; i < SOURCES.length; i++) {
            assertEquals(normalized(region(SOURCES[i])), normalized(blocks.get(i)),
                "README.md's java block " + (i + 1) + " of the guide differs from " + SOURCES[i]
                    + " between '// guide:begin' and '// guide:end'");
        }
    }

    @Test
    void shouldStateTheGuidesLineCountUnderFifty() throws IOException {
        int code = 0;
        int imports = 0;
        for (final Path source : SOURCES) {
            for (final String line : normalized(region(source))) {
                if (line.startsWith("package ") || line.startsWith("import ")) {
                    imports++;
                } else {
                    code++;
                }
            }
        }
        assertTrue(code < 50, "the guide has " + code + " lines of strategy and wiring, the issue allows under 50");
        final String readme = String.join(" ", Files.readAllLines(MODULE.resolve("README.md")));
        final String stated = "**" + code + " lines** of strategy and engine wiring (and " + imports
            + " of package and imports)";
        assertTrue(readme.contains(stated), "README.md should say: " + stated);
    }

    /** The {@code java} blocks of the guide section, in order. */
    private static List<List<String>> javaBlocks(final List<String> readme) {
        final List<List<String>> blocks = new ArrayList<>();
        boolean inSection = false;
        List<String> block = null;
        for (final String line : readme) {
            if (block != null) {
                if (line.startsWith("```")) {
                    blocks.add(block);
                    block = null;
                } else {
                    block.add(line);
                }
            } else if (line.startsWith("## ")) {
                inSection = line.equals(SECTION);
            } else if (inSection && line.equals("```java")) {
                block = new ArrayList<>();
            }
        }
        return blocks;
    }

    /** The lines strictly between the {@code // guide:begin} and {@code // guide:end} markers of a source file. */
    private static List<String> region(final Path source) throws IOException {
        final List<String> lines = Files.readAllLines(source);
        int begin = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            final String line = lines.get(i).trim();
            if (line.startsWith("// guide:begin")) {
                begin = i;
            } else if (line.startsWith("// guide:end")) {
                end = i;
            }
        }
        assertTrue(begin >= 0 && end > begin, source + " has no '// guide:begin' ... '// guide:end' region");
        final List<String> region = lines.subList(begin + 1, end);
        assertFalse(normalized(region).isEmpty(), source + ": the guide region is empty");
        return region;
    }

    /** Lines trimmed, runs of whitespace collapsed to one space, blank lines dropped. */
    private static List<String> normalized(final List<String> lines) {
        final List<String> result = new ArrayList<>();
        for (final String line : lines) {
            final String text = line.trim().replaceAll("\\s+", " ");
            if (!text.isEmpty()) {
                result.add(text);
            }
        }
        return result;
    }
}
