package dev.hft.net.fix.acceptance;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@code I} line of a script: a message the script sends, rendered when it is sent. Rules (those of QuickFIX/J's
 * acceptance runner, so that the scripts mean the same thing here):
 * <ul>
 *   <li>a line of the shape {@code I[n,]8=FIX.x.y|...|} is "well formed": {@code <TIME>}, {@code <TIME+n>} and
 *       {@code <TIME-n>} become the current UTC time plus or minus {@code n * 1.1} seconds, formatted
 *       {@code yyyyMMdd-HH:mm:ss.SSS} (seconds only before FIX.4.2); BodyLength (9) is inserted after BeginString
 *       unless the line already has a 9 right there (then it is kept, wrong or not); a literal {@code 10=0} is sent
 *       as {@code 10=000}; any other 10 given is kept as it is;</li>
 *   <li>any other {@code I} line (e.g. one that starts with {@code 35=}) is "garbled": sent byte for byte, without
 *       time substitution, always on connection 1;</li>
 *   <li>either way, CheckSum (10) is appended only when the message holds no {@code SOH 10=}.</li>
 * </ul>
 */
final class OutboundMessage {
    static final char SOH = '\u0001';

    private static final Pattern WELL_FORMED = Pattern.compile(
        "I(\\d,)*(8=FIXT?\\.\\d\\.\\d\\u0001)(.*?\\u0001)(10=.*|)$", Pattern.DOTALL);
    private static final Pattern TIME = Pattern.compile("<TIME([+-](\\d+))*>");
    private static final DateTimeFormatter MILLIS =
        DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS =
        DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss").withZone(ZoneOffset.UTC);
    /** QuickFIX/J scales the {@code n} of {@code <TIME+n>} by 1.1 s, so that "n seconds off" is safely past n. */
    private static final long OFFSET_UNIT_MS = 1100L;

    private final String line;
    private final int connection;
    private final boolean garbled;
    private final String beginString;
    private final String tail;
    private final String checksum;

    private OutboundMessage(final String line) {
        this.line = line;
        final Matcher m = WELL_FORMED.matcher(line);
        if (m.matches()) {
            final String prefix = m.group(1);
            this.connection = prefix == null || prefix.isEmpty() ? 1 : Integer.parseInt(prefix.replace(",", ""));
            this.garbled = false;
            this.beginString = m.group(2);
            this.tail = m.group(3);
            this.checksum = "10=0\u0001".equals(m.group(4)) ? "10=000\u0001" : m.group(4);
        } else {
            this.connection = 1;
            this.garbled = true;
            this.beginString = null;
            this.tail = null;
            this.checksum = null;
        }
    }

    /**
     * Parses an {@code I} line.
     *
     * @param line the whole line, starting with {@code I}, line terminator removed.
     * @return the message.
     */
    static OutboundMessage parse(final String line) {
        if (line.isEmpty() || line.charAt(0) != 'I') {
            throw new IllegalArgumentException("not an I line: " + line);
        }
        return new OutboundMessage(line);
    }

    /** The connection the message goes to (1-based). */
    int connection() {
        return connection;
    }

    /** Whether the line is not of the form {@code 8=FIX.x.y|...} and is sent byte for byte. */
    boolean garbled() {
        return garbled;
    }

    /**
     * The bytes to send now.
     *
     * @param now the current time, for {@code <TIME>} fields.
     * @return the message, ISO-8859-1.
     */
    byte[] render(final Instant now) {
        final String message;
        if (garbled) {
            message = line.substring(1);
        } else {
            final String body = insertTimes(tail, now, beginString);
            message = beginString + (body.startsWith("9=") ? "" : "9=" + body.length() + SOH) + body + checksum;
        }
        final String complete = message.contains(SOH + "10=") ? message
            : message + "10=" + checksum3(checksum(message)) + SOH;
        return complete.getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * The FIX checksum: the sum of the bytes modulo 256.
     *
     * @param text ISO-8859-1 text.
     * @return 0..255.
     */
    static int checksum(final CharSequence text) {
        int sum = 0;
        for (int i = 0; i < text.length(); i++) {
            sum += text.charAt(i) & 0xFF;
        }
        return sum & 0xFF;
    }

    static String checksum3(final int value) {
        return value < 10 ? "00" + value : value < 100 ? "0" + value : Integer.toString(value);
    }

    private static String insertTimes(final String text, final Instant now, final String beginString) {
        final boolean millis = beginString.compareTo("8=FIX.4.2") >= 0;
        final Matcher m = TIME.matcher(text);
        final StringBuilder out = new StringBuilder(text.length() + 32);
        while (m.find()) {
            long offsetMs = 0;
            if (m.group(2) != null) {
                offsetMs = Long.parseLong(m.group(2)) * OFFSET_UNIT_MS;
                if (m.group(1).charAt(0) == '-') {
                    offsetMs = -offsetMs;
                }
            }
            final Instant at = now.plusMillis(offsetMs);
            m.appendReplacement(out, (millis ? MILLIS : SECONDS).format(at));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Override
    public String toString() {
        return (garbled ? "garbled " : "") + "to " + connection + ": " + Fix.printable(line.substring(1));
    }
}
