package dev.hft.timing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatencyReportTest {
    private static final String HGRM_HEADER = "Value     Percentile TotalCount 1/(1-Percentile)";

    @TempDir
    Path dir;

    /** 1..10000 ns, one sample each, with enough precision that every value is exact. */
    private static Histogram uniform() {
        final Histogram histogram = new Histogram(1_000_000L, 4);
        for (int value = 1; value <= 10_000; value++) {
            histogram.recordValue(value);
        }
        return histogram;
    }

    /** A realistic shape: a tight body near 3 us and a sparse tail out to 50 us. */
    private static Histogram longTail() {
        final Histogram histogram = new Histogram(3_600_000_000_000L, 3);
        for (int i = 0; i < 100_000; i++) {
            histogram.recordValue(3_000 + (i % 1_000));
        }
        for (int i = 1; i <= 50; i++) {
            histogram.recordValue(1_000L * i);
        }
        return histogram;
    }

    private static String[] lineAtPercentile(final List<String> lines, final String percentile) {
        for (final String line : lines) {
            final String[] columns = line.trim().split("\\s+");
            if (columns.length == 4 && columns[1].equals(percentile)) {
                return columns;
            }
        }
        throw new AssertionError("no line at percentile " + percentile + " in " + lines);
    }

    private static int countPixels(final BufferedImage image, final int rgb, final boolean equal) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (((image.getRGB(x, y) & 0xFFFFFF) == (rgb & 0xFFFFFF)) == equal) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int nonBackgroundPixels(final BufferedImage image) {
        return countPixels(image, LatencyReport.BACKGROUND.getRGB(), false);
    }

    @Test
    void shouldWriteHgrmWithHeaderFooterAndMedianLineCreatingParentDirectories() throws IOException {
        final Path file = dir.resolve("reports/run-1/latency.hgrm");

        LatencyReport.writeHgrm(uniform(), file, 1.0);

        assertTrue(Files.isRegularFile(file));
        final List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).contains(HGRM_HEADER), lines.get(0));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("#[Mean")));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("#[Max") && line.contains("10000")));

        final String[] median = lineAtPercentile(lines, "0.500000000000");
        assertEquals(5000.0, Double.parseDouble(median[0]));
        assertEquals("5000", median[2]);
        assertEquals("2.00", median[3]);
    }

    @Test
    void shouldScaleHgrmValues() throws IOException {
        final Path file = dir.resolve("latency-us.hgrm");

        LatencyReport.writeHgrm(uniform(), file, 1000.0);

        final List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(5.0, Double.parseDouble(lineAtPercentile(lines, "0.500000000000")[0]));
        assertEquals(9.0, Double.parseDouble(lineAtPercentile(lines, "0.900000000000")[0]));
    }

    @Test
    void shouldReplaceAnExistingHgrmFile() throws IOException {
        final Path file = dir.resolve("latency.hgrm");
        Files.writeString(file, "stale content that is longer than nothing at all\n".repeat(1000));

        LatencyReport.writeHgrm(uniform(), file, 1.0);

        final String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(HGRM_HEADER));
        assertTrue(!text.contains("stale"));
    }

    @Test
    void shouldThrowUncheckedIOExceptionWhenHgrmCannotBeWritten() throws IOException {
        final Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");

        assertThrows(
            UncheckedIOException.class,
            () -> LatencyReport.writeHgrm(uniform(), notADirectory.resolve("latency.hgrm"), 1.0));
    }

    @Test
    void shouldWritePngOfConfiguredSizeThatIsNotBlank() throws IOException {
        final Path png = dir.resolve("plots/latency.png");

        LatencyReport.writePercentilePlot(png, "Uniform", "ns", 1.0, List.of(
            new LatencyReport.Series("uniform", uniform())), 800, 500);

        final BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image);
        assertEquals(800, image.getWidth());
        assertEquals(500, image.getHeight());
        assertTrue(nonBackgroundPixels(image) > 800 * 500 / 100, "too few non-background pixels");
        final int curvePixels = countPixels(image, LatencyReport.SERIES_COLOURS.get(0).getRGB(), true);
        assertTrue(curvePixels > 200, "first series line not drawn: " + curvePixels + " pixels");
    }

    @Test
    void shouldWriteDefaultSizePngComparingSeveralSeries() throws IOException {
        final Path png = dir.resolve("compare.png");

        LatencyReport.writePercentilePlot(png, "Stages", "\u00b5s", 1000.0, List.of(
            new LatencyReport.Series("decode", longTail()),
            new LatencyReport.Series("match", uniform()),
            new LatencyReport.Series("idle", new Histogram(3))));

        final BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image);
        assertEquals(LatencyReport.DEFAULT_WIDTH, image.getWidth());
        assertEquals(LatencyReport.DEFAULT_HEIGHT, image.getHeight());
        for (int s = 0; s < 2; s++) {
            final int pixels = countPixels(image, LatencyReport.SERIES_COLOURS.get(s).getRGB(), true);
            assertTrue(pixels > 200, "series " + s + " not drawn: " + pixels + " pixels");
        }
    }

    @Test
    void shouldDrawAxesForEmptyHistogramsWithoutThrowing() throws IOException {
        final Path png = dir.resolve("empty.png");

        assertDoesNotThrow(() -> LatencyReport.writePercentilePlot(
            png, "Nothing yet", "ns", 1.0, List.of(new LatencyReport.Series("empty", new Histogram(3)))));
        final BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image);
        assertTrue(nonBackgroundPixels(image) > 1_000, "axes not drawn");

        final BufferedImage noSeries = assertDoesNotThrow(
            () -> LatencyReport.renderPercentilePlot("No series", "ns", 1.0, List.of(), 640, 400));
        assertTrue(nonBackgroundPixels(noSeries) > 1_000, "axes not drawn");
    }

    @Test
    void shouldDrawSingleSampleAtMinimumSize() {
        final Histogram one = new Histogram(3);
        one.recordValue(42);

        final BufferedImage image = LatencyReport.renderPercentilePlot(
            "One", "ns", 1.0, List.of(new LatencyReport.Series("single", one)),
            LatencyReport.MIN_WIDTH, LatencyReport.MIN_HEIGHT);

        assertEquals(LatencyReport.MIN_WIDTH, image.getWidth());
        assertEquals(LatencyReport.MIN_HEIGHT, image.getHeight());
    }

    @Test
    void shouldRejectInvalidScalingRatioAndSize() {
        final List<LatencyReport.Series> series = List.of(new LatencyReport.Series("uniform", uniform()));

        assertThrows(IllegalArgumentException.class, () -> LatencyReport.summary(uniform(), 0.0, "ns"));
        assertThrows(IllegalArgumentException.class, () -> LatencyReport.summary(uniform(), Double.NaN, "ns"));
        assertThrows(IllegalArgumentException.class, () -> LatencyReport.writeHgrm(uniform(), dir.resolve("x"), -1.0));
        assertThrows(
            IllegalArgumentException.class,
            () -> LatencyReport.renderPercentilePlot("t", "ns", 1.0, series, LatencyReport.MIN_WIDTH - 1, 600));
    }

    @Test
    void shouldSummariseCountPercentilesAndMax() {
        assertEquals(
            "count=10000 p50=5000 p90=9000 p99=9900 p99.9=9990 p99.99=9999 max=10000 ns",
            LatencyReport.summary(uniform(), 1.0, "ns"));
        assertEquals(
            "count=10000 p50=5 p90=9 p99=9.9 p99.9=9.99 p99.99=9.999 max=10 \u00b5s",
            LatencyReport.summary(uniform(), 1000.0, "\u00b5s"));
    }

    @Test
    void shouldSummariseEmptyHistogramAsZeros() {
        assertEquals(
            "count=0 p50=0 p90=0 p99=0 p99.9=0 p99.99=0 max=0 ns",
            LatencyReport.summary(new Histogram(3), 1.0, "ns"));
    }

    @Test
    void shouldLabelPercentileDecades() {
        assertEquals(
            List.of("0%", "90%", "99%", "99.9%", "99.99%", "99.999%"),
            List.of(
                LatencyReport.percentileLabel(0),
                LatencyReport.percentileLabel(1),
                LatencyReport.percentileLabel(2),
                LatencyReport.percentileLabel(3),
                LatencyReport.percentileLabel(4),
                LatencyReport.percentileLabel(5)));
    }
}
