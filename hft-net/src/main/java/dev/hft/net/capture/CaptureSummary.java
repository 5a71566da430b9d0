package dev.hft.net.capture;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.moldudp64.MoldUdp64;
import dev.hft.net.moldudp64.MoldUdp64PacketDecoder;
import dev.hft.timing.NanoClock;
import org.agrona.DirectBuffer;

/**
 * Summarises a market-data capture: message counts by type, time range, feed rate and read rate. Reads NASDAQ ITCH
 * files (plain or gzip) and classic pcap captures carrying MoldUDP64/ITCH or Cboe PITCH (told apart by the first
 * payload: a PITCH sequenced unit header starts with the payload's own length, little-endian). Prints a progress bar
 * to standard error for files over 32 MiB.
 * <p>
 * {@link #summarize} returns a {@link Summary}; the examples jar's {@code summary FILE...} command prints it.
 */
public final class CaptureSummary {
    private static final long PROGRESS_THRESHOLD_BYTES = 32L << 20;
    private static final int BATCH = 65_536;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** What a capture holds. */
    public enum Format {
        /** NASDAQ daily ITCH file, 2-byte length-prefixed messages. */
        ITCH_FILE,
        /** The same, gzip-compressed. */
        ITCH_FILE_GZIP,
        /** pcap of MoldUDP64 packets carrying ITCH. */
        PCAP_MOLDUDP64_ITCH,
        /** pcap of Cboe PITCH sequenced units. */
        PCAP_PITCH
    }

    /** The result of a summary. */
    public static final class Summary {
        private final long[] countsByType = new long[256];
        private Format format;
        private long messages;
        private long packets;
        private long firstTimestampNs = -1;
        private long lastTimestampNs = -1;
        private long fileBytes;
        private long elapsedNs;
        private long errors;

        /**
         * The detected format.
         *
         * @return the format.
         */
        public Format format() {
            return format;
        }

        /**
         * Messages counted.
         *
         * @return the count.
         */
        public long messages() {
            return messages;
        }

        /**
         * Messages of one type.
         *
         * @param type the type byte (ITCH letter or PITCH code).
         * @return the count.
         */
        public long count(final int type) {
            return countsByType[type & 0xFF];
        }

        /**
         * Packets read (pcap only).
         *
         * @return the count.
         */
        public long packets() {
            return packets;
        }

        /**
         * First timestamp seen: ITCH nanoseconds since midnight for ITCH files, capture time since the epoch in
         * nanoseconds for pcap.
         *
         * @return nanoseconds, or -1 if none.
         */
        public long firstTimestampNs() {
            return firstTimestampNs;
        }

        /**
         * Last timestamp seen, on the same timeline as {@link #firstTimestampNs()}.
         *
         * @return nanoseconds, or -1 if none.
         */
        public long lastTimestampNs() {
            return lastTimestampNs;
        }

        /**
         * Malformed input counted while reading.
         *
         * @return the count.
         */
        public long errors() {
            return errors;
        }

        /**
         * The summary as text, one line per message type present.
         *
         * @return several lines.
         */
        public String toText() {
            final StringBuilder out = new StringBuilder(512);
            out.append(String.format(Locale.ROOT, "format: %s, %,d bytes%n", format, fileBytes));
            if (packets > 0) {
                out.append(String.format(Locale.ROOT, "packets: %,d%n", packets));
            }
            out.append(String.format(Locale.ROOT, "messages: %,d (%d malformed inputs)%n", messages, errors));
            for (int type = 0; type < 256; type++) {
                if (countsByType[type] > 0) {
                    out.append(String.format(Locale.ROOT, "  %-6s %-44s %,14d%n", typeCode(format, type),
                        typeName(format, type), countsByType[type]));
                }
            }
            if (firstTimestampNs >= 0) {
                final long spanNs = lastTimestampNs - firstTimestampNs;
                out.append(String.format(Locale.ROOT, "time range: %s to %s (%s)%n", clock(firstTimestampNs),
                    clock(lastTimestampNs), format == Format.PCAP_MOLDUDP64_ITCH || format == Format.PCAP_PITCH
                        ? "capture time, UTC" : "ITCH time since midnight"));
                if (spanNs > 0) {
                    out.append(String.format(Locale.ROOT, "feed rate: %,.0f messages/s over %.3f s%n",
                        messages * (double) NANOS_PER_SECOND / spanNs, spanNs / (double) NANOS_PER_SECOND));
                }
            }
            if (elapsedNs > 0) {
                out.append(String.format(Locale.ROOT, "read rate: %,.0f messages/s (%.3f s)%n",
                    messages * (double) NANOS_PER_SECOND / elapsedNs, elapsedNs / (double) NANOS_PER_SECOND));
            }
            return out.toString();
        }

        private void onMessage(final int type, final long timestampNs) {
            countsByType[type & 0xFF]++;
            messages++;
            if (timestampNs >= 0) {
                if (firstTimestampNs < 0) {
                    firstTimestampNs = timestampNs;
                }
                lastTimestampNs = timestampNs;
            }
        }
    }

    private CaptureSummary() {
    }

    /**
     * Summarises one capture.
     *
     * @param file     the capture.
     * @param progress where the progress bar goes for large files, or {@code null} for none.
     * @param clock    times the read rate.
     * @return the summary.
     * @throws IOException if the file cannot be read or its format is not recognised.
     */
    public static Summary summarize(final Path file, final PrintStream progress, final NanoClock clock)
        throws IOException {
        final Summary summary = new Summary();
        summary.fileBytes = Files.size(file);
        final WireErrorCounters errors = new WireErrorCounters("summary", WireErrorListener.NO_OP);
        final long start = clock.nanoTime();
        if (isPcap(file)) {
            summarizePcap(file, summary, errors);
        } else {
            summarizeItchFile(file, summary, errors,
                summary.fileBytes > PROGRESS_THRESHOLD_BYTES ? progress : null, clock, start);
        }
        summary.elapsedNs = clock.nanoTime() - start;
        summary.errors = errors.total();
        return summary;
    }

    private static void summarizeItchFile(final Path file, final Summary summary, final WireErrorCounters errors,
        final PrintStream progress, final NanoClock clock, final long start) throws IOException {
        try (ItchFileReader reader = ItchFileReader.open(file, errors)) {
            summary.format = reader.isCompressed() ? Format.ITCH_FILE_GZIP : Format.ITCH_FILE;
            final CaptureMessageHandler handler = (sequence, buffer, offset, length) ->
                summary.onMessage(buffer.getByte(offset), length >= 11 ? itchTimestamp(buffer, offset) : -1);
            final ProgressBar bar = progress == null ? null : new ProgressBar(progress, reader.fileSize());
            while (reader.read(handler, BATCH) > 0) {
                if (bar != null) {
                    bar.update(reader.filePosition(), summary.messages, clock.nanoTime() - start);
                }
            }
            if (bar != null) {
                bar.finish(summary.messages, clock.nanoTime() - start);
            }
        }
    }

    private static void summarizePcap(final Path file, final Summary summary, final WireErrorCounters errors)
        throws IOException {
        final MoldUdp64PacketDecoder mold = new MoldUdp64PacketDecoder();
        final long[] captureTime = {0};
        final PcapReader reader = new PcapReader(errors);
        reader.read(file, (timestampNs, protocol, sourcePort, destinationPort, buffer, offset, length) -> {
            if (protocol != PcapReader.UDP || length == 0) {
                return;
            }
            if (summary.format == null) {
                summary.format = isPitchUnit(buffer, offset, length) ? Format.PCAP_PITCH : Format.PCAP_MOLDUDP64_ITCH;
            }
            summary.packets++;
            captureTime[0] = timestampNs;
            if (summary.format == Format.PCAP_PITCH) {
                countPitchUnit(summary, timestampNs, buffer, offset, length);
            } else if (mold.wrap(buffer, offset, length)) {
                mold.forEachMessage((sequence, b, o, l) -> summary.onMessage(l > 0 ? b.getByte(o) : 0, captureTime[0]));
            }
        });
        if (summary.format == null) {
            summary.format = Format.PCAP_MOLDUDP64_ITCH;
        }
    }

    private static void countPitchUnit(final Summary summary, final long timestampNs, final DirectBuffer buffer,
        final int offset, final int length) {
        final int count = buffer.getByte(offset + 2) & 0xFF;
        int position = offset + 8;
        final int end = offset + length;
        for (int i = 0; i < count && position + 2 <= end; i++) {
            final int messageLength = buffer.getByte(position) & 0xFF;
            if (messageLength < 2 || position + messageLength > end) {
                break;
            }
            summary.onMessage(buffer.getByte(position + 1), timestampNs);
            position += messageLength;
        }
    }

    private static boolean isPitchUnit(final DirectBuffer buffer, final int offset, final int length) {
        return length >= 8 && (buffer.getShort(offset, ByteOrder.LITTLE_ENDIAN) & 0xFFFF) == length
            && !(length >= MoldUdp64.HEADER_LENGTH && looksLikeMold(buffer, offset, length));
    }

    private static boolean looksLikeMold(final DirectBuffer buffer, final int offset, final int length) {
        final MoldUdp64PacketDecoder mold = new MoldUdp64PacketDecoder();
        return mold.wrap(buffer, offset, length) && mold.forEachMessage((s, b, o, l) -> { }) >= 0;
    }

    private static long itchTimestamp(final DirectBuffer buffer, final int offset) {
        return ((buffer.getShort(offset + 5, ByteOrder.BIG_ENDIAN) & 0xFFFFL) << 32)
            | (buffer.getInt(offset + 7, ByteOrder.BIG_ENDIAN) & 0xFFFF_FFFFL);
    }

    private static boolean isPcap(final Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            final ByteBuffer magic = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(magic, 0);
            if (magic.position() < 4) {
                return false;
            }
            final int value = magic.getInt(0);
            return value == 0xa1b2c3d4 || value == 0xa1b23c4d || Integer.reverseBytes(value) == 0xa1b2c3d4
                || Integer.reverseBytes(value) == 0xa1b23c4d;
        }
    }

    private static String clock(final long ns) {
        final long nanosOfDay = Math.floorMod(ns, 86_400L * NANOS_PER_SECOND);
        final long seconds = nanosOfDay / NANOS_PER_SECOND;
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%09d", seconds / 3600, seconds / 60 % 60, seconds % 60,
            nanosOfDay % NANOS_PER_SECOND);
    }

    private static String typeCode(final Format format, final int type) {
        return format == Format.PCAP_PITCH ? String.format(Locale.ROOT, "0x%02X", type)
            : (type >= 0x21 && type < 0x7F ? "'" + (char) type + "'" : String.format(Locale.ROOT, "0x%02X", type));
    }

    static String typeName(final Format format, final int type) {
        return format == Format.PCAP_PITCH ? pitchName(type) : itchName(type);
    }

    private static String itchName(final int type) {
        switch (type) {
            case 'S': return "system event";
            case 'R': return "stock directory";
            case 'H': return "stock trading action";
            case 'Y': return "Reg SHO restriction";
            case 'L': return "market participant position";
            case 'V': return "MWCB decline level";
            case 'W': return "MWCB status";
            case 'K': return "IPO quoting period update";
            case 'J': return "LULD auction collar";
            case 'h': return "operational halt";
            case 'A': return "add order (no MPID)";
            case 'F': return "add order (MPID attribution)";
            case 'E': return "order executed";
            case 'C': return "order executed with price";
            case 'X': return "order cancel";
            case 'D': return "order delete";
            case 'U': return "order replace";
            case 'P': return "trade (non-cross)";
            case 'Q': return "cross trade";
            case 'B': return "broken trade";
            case 'I': return "NOII";
            case 'N': return "retail price improvement indicator";
            case 'O': return "direct listing with capital raise";
            default: return "unknown";
        }
    }

    private static String pitchName(final int type) {
        switch (type) {
            case 0x20: return "time";
            case 0x21: return "add order (long)";
            case 0x22: return "add order (short)";
            case 0x23: return "order executed";
            case 0x24: return "order executed at price/size";
            case 0x25: return "reduce size (long)";
            case 0x26: return "reduce size (short)";
            case 0x27: return "modify order (long)";
            case 0x28: return "modify order (short)";
            case 0x29: return "delete order";
            case 0x2A: return "trade (long)";
            case 0x2B: return "trade (short)";
            case 0x2C: return "trade break";
            case 0x2D: return "end of session";
            case 0x2F: return "add order (expanded)";
            case 0x30: return "trade (expanded)";
            case 0x31: return "trading status";
            case 0x95: return "auction update";
            case 0x96: return "auction summary";
            case 0x97: return "unit clear";
            case 0x98: return "retail price improvement";
            default: return "other";
        }
    }

    /** A one-line progress bar on a terminal, or a line every 10% when standard error is not one. */
    private static final class ProgressBar {
        private static final int WIDTH = 30;
        private final PrintStream out;
        private final long total;
        private final boolean terminal = System.console() != null;
        private int lastShown = -1;

        ProgressBar(final PrintStream out, final long total) {
            this.out = out;
            this.total = Math.max(1, total);
        }

        void update(final long done, final long messages, final long elapsedNs) {
            final int percent = (int) Math.min(100, done * 100 / total);
            final int step = terminal ? percent : percent / 10 * 10;
            if (step == lastShown) {
                return;
            }
            lastShown = step;
            final int filled = percent * WIDTH / 100;
            final String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
            final double rate = elapsedNs > 0 ? messages * (double) NANOS_PER_SECOND / elapsedNs : 0;
            out.printf(Locale.ROOT, "%s[%s] %3d%%  %,d messages  %,.0f messages/s%s", terminal ? "\r" : "", bar,
                percent, messages, rate, terminal ? "" : System.lineSeparator());
        }

        void finish(final long messages, final long elapsedNs) {
            update(total, messages, elapsedNs);
            if (terminal) {
                out.println();
            }
        }
    }
}
