package dev.hft.timing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.HdrHistogram.AbstractHistogram;

/**
 * Exports latency histograms recorded in nanoseconds: the standard {@code .hgrm} percentile distribution text, a PNG
 * percentile plot in the style of HdrHistogram's online plotter, and a one-line console summary.
 *
 * <p>Every method runs off the hot path and allocates freely. A histogram must not be recorded into while it is being
 * exported: pass an interval histogram taken from a {@code Recorder}, or a copy. The plot needs only {@code java.awt}
 * image rendering and works with {@code -Djava.awt.headless=true}.
 */
public final class LatencyReport {
    /** Width in pixels of a plot written without an explicit size. */
    public static final int DEFAULT_WIDTH = 1000;

    /** Height in pixels of a plot written without an explicit size. */
    public static final int DEFAULT_HEIGHT = 600;

    /** Smallest accepted plot width in pixels. */
    public static final int MIN_WIDTH = 320;

    /** Smallest accepted plot height in pixels. */
    public static final int MIN_HEIGHT = 240;

    /** Percentile reporting ticks per half distance used for the {@code .hgrm} output, as HdrHistogram's tools do. */
    static final int HGRM_TICKS_PER_HALF_DISTANCE = 5;

    /** Plot background colour. */
    static final Color BACKGROUND = Color.WHITE;

    /** Line colours, assigned to series in order and reused when there are more series than colours. */
    static final List<Color> SERIES_COLOURS = List.of(
        new Color(0x1F77B4), new Color(0xD62728), new Color(0x2CA02C), new Color(0xFF7F0E), new Color(0x9467BD),
        new Color(0x8C564B), new Color(0xE377C2), new Color(0x17BECF), new Color(0x7F7F7F), new Color(0xBCBD22));

    private static final double[] SUMMARY_PERCENTILES = {50.0, 90.0, 99.0, 99.9, 99.99};
    private static final String[] SUMMARY_LABELS = {"p50", "p90", "p99", "p99.9", "p99.99"};

    private LatencyReport() {
    }

    /**
     * One named histogram to draw as a line of a percentile plot.
     *
     * @param name      legend label of the line.
     * @param histogram latency samples in nanoseconds; may be empty.
     */
    public record Series(String name, AbstractHistogram histogram) {
        /**
         * Creates a series after checking its components.
         *
         * @param name      legend label of the line.
         * @param histogram latency samples in nanoseconds; may be empty.
         * @throws NullPointerException if either argument is {@code null}.
         */
        public Series {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(histogram, "histogram");
        }
    }

    /**
     * Writes the standard {@code .hgrm} percentile distribution of a histogram to a UTF-8 text file, creating parent
     * directories and replacing any existing file.
     *
     * <p>The text is what {@link AbstractHistogram#outputPercentileDistribution(PrintStream, int, Double)} prints with
     * five reporting ticks per half distance, so HdrHistogram's plotter and other {@code .hgrm} tools read it.
     *
     * @param histogram          latency samples in nanoseconds.
     * @param file               the file to write.
     * @param outputScalingRatio divisor applied to every value: 1.0 writes nanoseconds, 1000.0 microseconds.
     * @throws UncheckedIOException     if the file or its parent directories cannot be written.
     * @throws IllegalArgumentException if {@code outputScalingRatio} is not a finite positive number.
     */
    public static void writeHgrm(final AbstractHistogram histogram, final Path file, final double outputScalingRatio) {
        Objects.requireNonNull(histogram, "histogram");
        Objects.requireNonNull(file, "file");
        checkScalingRatio(outputScalingRatio);

        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8 * 1024);
        try (PrintStream out = new PrintStream(bytes, false, StandardCharsets.UTF_8)) {
            histogram.outputPercentileDistribution(out, HGRM_TICKS_PER_HALF_DISTANCE, outputScalingRatio);
        }
        write(file, bytes.toByteArray());
    }

    /**
     * Writes a {@value #DEFAULT_WIDTH}x{@value #DEFAULT_HEIGHT} PNG percentile plot comparing one or more histograms,
     * creating parent directories and replacing any existing file.
     *
     * @param pngFile      the file to write.
     * @param title        chart title.
     * @param unitLabel    unit of the scaled values, shown on the Y axis and in the legend, e.g. {@code "ns"}.
     * @param scalingRatio divisor applied to every nanosecond value: 1.0 plots nanoseconds, 1000.0 microseconds.
     * @param series       the lines to draw, in legend order; empty histograms are listed as having no samples.
     * @throws UncheckedIOException     if the file or its parent directories cannot be written.
     * @throws IllegalArgumentException if {@code scalingRatio} is not a finite positive number.
     * @see #renderPercentilePlot(String, String, double, List, int, int)
     */
    public static void writePercentilePlot(
        final Path pngFile,
        final String title,
        final String unitLabel,
        final double scalingRatio,
        final List<Series> series) {
        writePercentilePlot(pngFile, title, unitLabel, scalingRatio, series, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /**
     * Writes a PNG percentile plot of the given size comparing one or more histograms, creating parent directories
     * and replacing any existing file.
     *
     * @param pngFile      the file to write.
     * @param title        chart title.
     * @param unitLabel    unit of the scaled values, shown on the Y axis and in the legend, e.g. {@code "ns"}.
     * @param scalingRatio divisor applied to every nanosecond value: 1.0 plots nanoseconds, 1000.0 microseconds.
     * @param series       the lines to draw, in legend order; empty histograms are listed as having no samples.
     * @param width        image width in pixels, at least {@value #MIN_WIDTH}.
     * @param height       image height in pixels, at least {@value #MIN_HEIGHT}.
     * @throws UncheckedIOException     if the file or its parent directories cannot be written.
     * @throws IllegalArgumentException if {@code scalingRatio} is not a finite positive number or the size is too
     *                                  small.
     * @see #renderPercentilePlot(String, String, double, List, int, int)
     */
    public static void writePercentilePlot(
        final Path pngFile,
        final String title,
        final String unitLabel,
        final double scalingRatio,
        final List<Series> series,
        final int width,
        final int height) {
        Objects.requireNonNull(pngFile, "pngFile");
        final BufferedImage image = renderPercentilePlot(title, unitLabel, scalingRatio, series, width, height);

        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try {
            if (!ImageIO.write(image, "png", bytes)) {
                throw new IllegalStateException("no PNG image writer installed");
            }
        } catch (final IOException ex) {
            throw new UncheckedIOException(ex);
        }
        write(pngFile, bytes.toByteArray());
    }

    /**
     * Draws a percentile plot comparing one or more histograms, in the style of HdrHistogram's online plotter.
     *
     * <p>The X axis is the percentile on a log scale of {@code 1/(1-p)}, labelled {@code 0%}, {@code 90%}, {@code 99%},
     * {@code 99.9%} and so on up to the highest percentile the largest sample count resolves; the Y axis is the scaled
     * latency on a linear scale from zero. Each series is one coloured line ending at its own highest resolvable
     * percentile with a step up to its maximum, a dashed line marking that maximum and a legend entry giving its count,
     * median, 99th percentile and maximum.
     *
     * @param title        chart title.
     * @param unitLabel    unit of the scaled values, shown on the Y axis and in the legend, e.g. {@code "ns"}.
     * @param scalingRatio divisor applied to every nanosecond value: 1.0 plots nanoseconds, 1000.0 microseconds.
     * @param series       the lines to draw, in legend order; empty histograms are listed as having no samples.
     * @param width        image width in pixels, at least {@value #MIN_WIDTH}.
     * @param height       image height in pixels, at least {@value #MIN_HEIGHT}.
     * @return a new RGB image holding the plot.
     * @throws IllegalArgumentException if {@code scalingRatio} is not a finite positive number or the size is too
     *                                  small.
     */
    public static BufferedImage renderPercentilePlot(
        final String title,
        final String unitLabel,
        final double scalingRatio,
        final List<Series> series,
        final int width,
        final int height) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unitLabel, "unitLabel");
        checkScalingRatio(scalingRatio);
        final List<Series> lines = List.copyOf(series);
        if (width < MIN_WIDTH || height < MIN_HEIGHT) {
            throw new IllegalArgumentException(
                "plot size " + width + "x" + height + " is below the minimum " + MIN_WIDTH + "x" + MIN_HEIGHT);
        }

        final BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        final Graphics2D g = image.createGraphics();
        try {
            new PlotPainter(g, width, height, title, unitLabel, scalingRatio, lines).paint();
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Formats a one-line summary of a histogram for console output.
     *
     * <p>The line reads {@code count=N p50=V p90=V p99=V p99.9=V p99.99=V max=V unit}, each value divided by
     * {@code scalingRatio} and printed with at most three decimals. An empty histogram prints a count and values of
     * zero.
     *
     * @param histogram    latency samples in nanoseconds.
     * @param scalingRatio divisor applied to every value: 1.0 prints nanoseconds, 1000.0 microseconds.
     * @param unit         unit appended to the line, e.g. {@code "ns"}; omitted when empty.
     * @return the summary line, without a line terminator.
     * @throws IllegalArgumentException if {@code scalingRatio} is not a finite positive number.
     */
    public static String summary(final AbstractHistogram histogram, final double scalingRatio, final String unit) {
        Objects.requireNonNull(histogram, "histogram");
        Objects.requireNonNull(unit, "unit");
        checkScalingRatio(scalingRatio);

        final StringBuilder sb = new StringBuilder(128).append("count=").append(histogram.getTotalCount());
        for (int i = 0; i < SUMMARY_PERCENTILES.length; i++) {
            sb.append(' ').append(SUMMARY_LABELS[i]).append('=')
                .append(formatValue(histogram.getValueAtPercentile(SUMMARY_PERCENTILES[i]) / scalingRatio));
        }
        sb.append(" max=").append(formatValue(histogram.getMaxValue() / scalingRatio));
        if (!unit.isEmpty()) {
            sb.append(' ').append(unit);
        }
        return sb.toString();
    }

    /**
     * Formats a scaled value with at most three decimals and no trailing zeros, e.g. {@code 5000} or {@code 5.003}.
     */
    static String formatValue(final double value) {
        final String text = String.format(Locale.ROOT, "%.3f", value);
        int end = text.length();
        while (text.charAt(end - 1) == '0') {
            end--;
        }
        if (text.charAt(end - 1) == '.') {
            end--;
        }
        return text.substring(0, end);
    }

    /**
     * Labels the percentile at {@code decade} on the {@code 1/(1-p)} axis: 0 is {@code 0%}, 1 is {@code 90%}, 2 is
     * {@code 99%}, 3 is {@code 99.9%}.
     */
    static String percentileLabel(final int decade) {
        if (decade == 0) {
            return "0%";
        }
        if (decade == 1) {
            return "90%";
        }
        if (decade == 2) {
            return "99%";
        }
        return "99." + "9".repeat(decade - 2) + "%";
    }

    private static void checkScalingRatio(final double scalingRatio) {
        if (!(scalingRatio > 0.0) || Double.isInfinite(scalingRatio)) {
            throw new IllegalArgumentException("scaling ratio must be finite and positive: " + scalingRatio);
        }
    }

    private static void write(final Path file, final byte[] content) {
        try {
            final Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, content);
        } catch (final IOException ex) {
            throw new UncheckedIOException("cannot write " + file, ex);
        }
    }

    /**
     * Paints one plot: holds the layout computed from the data and the fonts so the drawing steps share it.
     */
    private static final class PlotPainter {
        private static final Color TEXT = new Color(0x222222);
        private static final Color MUTED_TEXT = new Color(0x555555);
        private static final Color FRAME = new Color(0x9A9A9A);
        private static final Color MAJOR_GRID = new Color(0xDDDDDD);
        private static final Color MINOR_GRID = new Color(0xF0F0F0);
        private static final Color LEGEND_BACKGROUND = new Color(255, 255, 255, 235);
        private static final Stroke THIN = new BasicStroke(1.0f);
        private static final Stroke LINE = new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        private static final Stroke DASHED = new BasicStroke(
            1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10.0f, new float[] {6.0f, 4.0f}, 0.0f);
        private static final int TARGET_Y_TICKS = 6;
        private static final int LEGEND_COLUMNS = 5;
        private static final int EMPTY_DECADES = 3;
        private static final double Y_HEADROOM = 1.08;
        private static final double SNAP_TO_DECADE = 0.1;

        private final Graphics2D g;
        private final int width;
        private final int height;
        private final String title;
        private final String unitLabel;
        private final double scalingRatio;
        private final List<Series> series;

        private final Font titleFont = new Font(Font.SANS_SERIF, Font.BOLD, 18);
        private final Font axisTitleFont = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        private final Font tickFont = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        private final Font legendFont = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        private final Font emptyFont = new Font(Font.SANS_SERIF, Font.ITALIC, 20);

        private boolean anySamples;
        private double maxDecades;
        private double yTop;
        private double yStep;
        private int yTickDecimals;
        private double plotLeft;
        private double plotTop;
        private double plotRight;
        private double plotBottom;

        PlotPainter(
            final Graphics2D g,
            final int width,
            final int height,
            final String title,
            final String unitLabel,
            final double scalingRatio,
            final List<Series> series) {
            this.g = g;
            this.width = width;
            this.height = height;
            this.title = title;
            this.unitLabel = unitLabel;
            this.scalingRatio = scalingRatio;
            this.series = series;
        }

        void paint() {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);

            g.setColor(BACKGROUND);
            g.fillRect(0, 0, width, height);

            computeScales();
            computeLayout();
            drawGrid();
            drawAxisLabels();
            drawSeries();
            drawMaxMarkers();
            drawLegend();
            if (!anySamples) {
                final double centreX = (plotLeft + plotRight) / 2;
                drawCentred(emptyFont, MUTED_TEXT, "no samples", centreX, (plotTop + plotBottom) / 2);
            }
            drawTitle();
        }

        private void computeScales() {
            double maxScaled = 0.0;
            double maxLog = 0.0;
            for (final Series s : series) {
                final long count = s.histogram().getTotalCount();
                if (count > 0) {
                    anySamples = true;
                    maxLog = Math.max(maxLog, Math.log10(count));
                    maxScaled = Math.max(maxScaled, s.histogram().getMaxValue() / scalingRatio);
                }
            }

            if (anySamples) {
                final double whole = Math.ceil(maxLog);
                maxDecades = Math.max(1.0, whole - maxLog < SNAP_TO_DECADE ? whole : maxLog);
            } else {
                maxDecades = EMPTY_DECADES;
            }

            final double target = maxScaled > 0.0 ? maxScaled * Y_HEADROOM : 1.0;
            yStep = niceStep(target / TARGET_Y_TICKS);
            yTop = Math.ceil(target / yStep - 1e-9) * yStep;
            yTickDecimals = decimalsOf(yStep);
        }

        private void computeLayout() {
            final FontMetrics tickMetrics = g.getFontMetrics(tickFont);
            int widestYLabel = 0;
            for (int i = 0; i * yStep <= yTop + yStep * 1e-6; i++) {
                widestYLabel = Math.max(widestYLabel, tickMetrics.stringWidth(yTickLabel(i * yStep)));
            }
            final int axisTitleHeight = g.getFontMetrics(axisTitleFont).getHeight();
            final int titleHeight = g.getFontMetrics(titleFont).getHeight();
            final String lastXLabel = percentileLabel((int) Math.floor(maxDecades));

            plotLeft = 18 + axisTitleHeight + 10 + widestYLabel + 8;
            plotTop = 16 + titleHeight + 14;
            plotRight = width - Math.max(24, tickMetrics.stringWidth(lastXLabel) / 2 + 16);
            plotBottom = height - (8 + tickMetrics.getHeight() + 8 + axisTitleHeight + 14);
        }

        private void drawGrid() {
            g.setStroke(THIN);
            g.setColor(MINOR_GRID);
            for (int decade = 0; decade < Math.ceil(maxDecades); decade++) {
                for (int k = 2; k <= 9; k++) {
                    final double x = decade + Math.log10(k);
                    if (x < maxDecades) {
                        g.draw(new Line2D.Double(xPixel(x), plotTop, xPixel(x), plotBottom));
                    }
                }
            }

            g.setColor(MAJOR_GRID);
            for (int decade = 1; decade <= maxDecades; decade++) {
                g.draw(new Line2D.Double(xPixel(decade), plotTop, xPixel(decade), plotBottom));
            }
            for (int i = 1; i * yStep < yTop - yStep * 1e-6; i++) {
                g.draw(new Line2D.Double(plotLeft, yPixel(i * yStep), plotRight, yPixel(i * yStep)));
            }

            g.setColor(FRAME);
            g.draw(new Rectangle2D.Double(plotLeft, plotTop, plotRight - plotLeft, plotBottom - plotTop));
        }

        private void drawAxisLabels() {
            g.setFont(tickFont);
            final FontMetrics tickMetrics = g.getFontMetrics();
            g.setColor(TEXT);

            for (int decade = 0; decade <= maxDecades; decade++) {
                final double x = xPixel(decade);
                g.setColor(FRAME);
                g.draw(new Line2D.Double(x, plotBottom, x, plotBottom + 4));
                g.setColor(TEXT);
                final String label = percentileLabel(decade);
                g.drawString(label, (float) (x - tickMetrics.stringWidth(label) / 2.0),
                    (float) (plotBottom + 8 + tickMetrics.getAscent()));
            }

            for (int i = 0; i * yStep <= yTop + yStep * 1e-6; i++) {
                final double y = yPixel(i * yStep);
                g.setColor(FRAME);
                g.draw(new Line2D.Double(plotLeft - 4, y, plotLeft, y));
                g.setColor(TEXT);
                final String label = yTickLabel(i * yStep);
                g.drawString(label, (float) (plotLeft - 8 - tickMetrics.stringWidth(label)),
                    (float) (y + (tickMetrics.getAscent() - tickMetrics.getDescent()) / 2.0));
            }

            g.setFont(axisTitleFont);
            final FontMetrics axisMetrics = g.getFontMetrics();
            final String xTitle = "Percentile";
            g.drawString(xTitle, (float) ((plotLeft + plotRight - axisMetrics.stringWidth(xTitle)) / 2.0),
                (float) (plotBottom + 8 + tickMetrics.getHeight() + 8 + axisMetrics.getAscent()));

            final String yTitle = unitLabel.isEmpty() ? "Latency" : "Latency (" + unitLabel + ")";
            final AffineTransform saved = g.getTransform();
            g.rotate(-Math.PI / 2.0);
            g.drawString(yTitle, (float) -((plotTop + plotBottom + axisMetrics.stringWidth(yTitle)) / 2.0),
                (float) (18 + axisMetrics.getAscent()));
            g.setTransform(saved);
        }

        private void drawSeries() {
            final Shape savedClip = g.getClip();
            final double slack = 2.0;
            g.clip(new Rectangle2D.Double(
                plotLeft - slack, plotTop - slack, plotRight - plotLeft + 2 * slack, plotBottom - plotTop + 2 * slack));
            g.setStroke(LINE);
            final int columns = (int) Math.ceil(plotRight - plotLeft);
            for (int s = 0; s < series.size(); s++) {
                final AbstractHistogram histogram = series.get(s).histogram();
                final long count = histogram.getTotalCount();
                if (count == 0) {
                    continue;
                }
                g.setColor(colour(s));
                final double lastDecade = Math.log10(count);
                if (lastDecade == 0.0) {
                    final double r = 3.5;
                    final double y = yPixel(histogram.getMaxValue() / scalingRatio);
                    g.fill(new Ellipse2D.Double(xPixel(0.0) - r, y - r, 2 * r, 2 * r));
                    continue;
                }

                final Path2D.Double path = new Path2D.Double();
                for (int column = 0; column <= columns; column++) {
                    final double decade = Math.min(maxDecades * column / columns, lastDecade);
                    final double percentile = 100.0 * (1.0 - Math.pow(10.0, -decade));
                    final double x = xPixel(decade);
                    final double y = yPixel(histogram.getValueAtPercentile(percentile) / scalingRatio);
                    if (column == 0) {
                        path.moveTo(x, y);
                    } else {
                        path.lineTo(x, y);
                    }
                    if (decade >= lastDecade) {
                        break;
                    }
                }
                // the last percentile a count supports is 1 - 1/count: finish the curve with a step to the max
                path.lineTo(path.getCurrentPoint().getX(), yPixel(histogram.getMaxValue() / scalingRatio));
                g.draw(path);
            }
            g.setClip(savedClip);
        }

        private void drawMaxMarkers() {
            g.setFont(legendFont);
            final FontMetrics metrics = g.getFontMetrics();
            double previousBaseline = Double.NEGATIVE_INFINITY;
            for (final int s : seriesByDescendingMax()) {
                final AbstractHistogram histogram = series.get(s).histogram();
                final double max = histogram.getMaxValue() / scalingRatio;
                final double y = yPixel(max);
                final Color colour = colour(s);

                g.setStroke(DASHED);
                g.setColor(colour);
                g.draw(new Line2D.Double(plotLeft, y, plotRight, y));

                final String label = "max " + formatValue(max) + unitSuffix();
                final double baseline = Math.max(y - 4, previousBaseline + metrics.getHeight());
                previousBaseline = baseline;
                final double textWidth = metrics.stringWidth(label);
                final double textX = plotRight - 6 - textWidth;
                g.setColor(LEGEND_BACKGROUND);
                g.fill(new Rectangle2D.Double(textX - 3, baseline - metrics.getAscent(), textWidth + 6,
                    metrics.getAscent() + 2));
                g.setColor(colour.darker());
                g.drawString(label, (float) textX, (float) baseline);
            }
        }

        private void drawLegend() {
            if (series.isEmpty()) {
                return;
            }
            g.setFont(legendFont);
            final FontMetrics metrics = g.getFontMetrics();
            final int rows = series.size();
            final String[][] cells = new String[rows][];
            final int[] columnWidths = new int[LEGEND_COLUMNS];
            for (int s = 0; s < rows; s++) {
                cells[s] = legendRow(series.get(s));
                for (int c = 0; c < LEGEND_COLUMNS; c++) {
                    columnWidths[c] = Math.max(columnWidths[c], metrics.stringWidth(cells[s][c]));
                }
            }

            final int pad = 10;
            final int swatch = 22;
            final int columnGap = 16;
            final int rowHeight = metrics.getHeight() + 4;
            final double boxX = plotLeft + 12;
            final double boxY = plotTop + 12;
            int columns = LEGEND_COLUMNS;
            double boxWidth = legendWidth(columnWidths, columns, pad + swatch + 8 + pad, columnGap);
            while (columns > 1 && boxX + boxWidth > plotRight - 12) {
                columns--;
                boxWidth = legendWidth(columnWidths, columns, pad + swatch + 8 + pad, columnGap);
            }
            final double boxHeight = pad + rows * rowHeight - 4 + pad;

            final RoundRectangle2D box = new RoundRectangle2D.Double(boxX, boxY, boxWidth, boxHeight, 8, 8);
            g.setColor(LEGEND_BACKGROUND);
            g.fill(box);
            g.setStroke(THIN);
            g.setColor(MAJOR_GRID.darker());
            g.draw(box);

            for (int s = 0; s < rows; s++) {
                final double rowTop = boxY + pad + s * rowHeight;
                final double baseline = rowTop + metrics.getAscent();
                final double middle = rowTop + metrics.getHeight() / 2.0;
                final boolean empty = series.get(s).histogram().getTotalCount() == 0;
                g.setStroke(empty ? DASHED : LINE);
                g.setColor(colour(s));
                g.draw(new Line2D.Double(boxX + pad, middle, boxX + pad + swatch, middle));

                double x = boxX + pad + swatch + 8;
                for (int c = 0; c < columns; c++) {
                    g.setColor(c == 0 ? TEXT : MUTED_TEXT);
                    g.drawString(cells[s][c], (float) x, (float) baseline);
                    x += columnWidths[c] + columnGap;
                }
            }
        }

        private void drawTitle() {
            drawCentred(titleFont, TEXT, title, width / 2.0, 16 + g.getFontMetrics(titleFont).getHeight() / 2.0);
        }

        private void drawCentred(
            final Font font, final Color colour, final String text, final double x, final double y) {
            g.setFont(font);
            g.setColor(colour);
            final FontMetrics metrics = g.getFontMetrics();
            g.drawString(text, (float) (x - metrics.stringWidth(text) / 2.0),
                (float) (y + (metrics.getAscent() - metrics.getDescent()) / 2.0));
        }

        private int[] seriesByDescendingMax() {
            int nonEmpty = 0;
            for (final Series s : series) {
                if (s.histogram().getTotalCount() > 0) {
                    nonEmpty++;
                }
            }
            final int[] order = new int[nonEmpty];
            int n = 0;
            for (int s = 0; s < series.size(); s++) {
                if (series.get(s).histogram().getTotalCount() > 0) {
                    int i = n++;
                    final long max = series.get(s).histogram().getMaxValue();
                    while (i > 0 && series.get(order[i - 1]).histogram().getMaxValue() < max) {
                        order[i] = order[i - 1];
                        i--;
                    }
                    order[i] = s;
                }
            }
            return order;
        }

        private static double legendWidth(
            final int[] columnWidths, final int columns, final int fixedWidth, final int columnGap) {
            double width = fixedWidth + columnGap * (columns - 1);
            for (int c = 0; c < columns; c++) {
                width += columnWidths[c];
            }
            return width;
        }

        private String[] legendRow(final Series line) {
            final AbstractHistogram histogram = line.histogram();
            if (histogram.getTotalCount() == 0) {
                return new String[] {line.name(), "no samples", "", "", ""};
            }
            return new String[] {
                line.name(),
                String.format(Locale.ROOT, "n=%,d", histogram.getTotalCount()),
                "p50=" + formatValue(histogram.getValueAtPercentile(50.0) / scalingRatio),
                "p99=" + formatValue(histogram.getValueAtPercentile(99.0) / scalingRatio),
                "max=" + formatValue(histogram.getMaxValue() / scalingRatio) + unitSuffix(),
            };
        }

        private String unitSuffix() {
            return unitLabel.isEmpty() ? "" : " " + unitLabel;
        }

        private String yTickLabel(final double value) {
            return String.format(Locale.ROOT, "%,." + yTickDecimals + "f", value);
        }

        private double xPixel(final double decade) {
            return plotLeft + (plotRight - plotLeft) * decade / maxDecades;
        }

        private double yPixel(final double value) {
            return plotBottom - (plotBottom - plotTop) * value / yTop;
        }

        private static Color colour(final int index) {
            return SERIES_COLOURS.get(index % SERIES_COLOURS.size());
        }

        private static double niceStep(final double rough) {
            final double magnitude = Math.pow(10.0, Math.floor(Math.log10(rough)));
            final double normalised = rough / magnitude;
            final double nice;
            if (normalised <= 1.0) {
                nice = 1.0;
            } else if (normalised <= 2.0) {
                nice = 2.0;
            } else if (normalised <= 2.5) {
                nice = 2.5;
            } else if (normalised <= 5.0) {
                nice = 5.0;
            } else {
                nice = 10.0;
            }
            return nice * magnitude;
        }

        private static int decimalsOf(final double step) {
            for (int decimals = 0; decimals < 9; decimals++) {
                final double scaled = step * Math.pow(10.0, decimals);
                if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * Math.max(1.0, scaled)) {
                    return decimals;
                }
            }
            return 9;
        }
    }
}
