package dev.hft.net.fix.acceptance;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cuts the byte stream an acceptor sends into FIX messages ({@code 8=...|9=len|...|10=ddd|}) and checks each one's
 * framing: a frame is taken by its BodyLength when the trailer sits where the length says, else up to the first
 * {@code SOH 10=ddd SOH}; bytes before a {@code 8=}, a BodyLength that does not match, or a wrong CheckSum are
 * reported as the frame's {@link Frame#problem()} (a real counterparty would drop such a message, so the runner
 * fails on it). Not thread-safe: one reader thread owns it.
 */
final class ReplyFramer {
    private static final byte SOH = 1;

    /** One message cut from the stream. */
    record Frame(byte[] bytes, String problem) {
        /** The message as ISO-8859-1 text. */
        String text() {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private byte[] buffer = new byte[4096];
    private int length;

    /**
     * Adds bytes read from the socket.
     *
     * @param src source.
     * @param offset first byte.
     * @param count number of bytes.
     */
    void append(final byte[] src, final int offset, final int count) {
        if (length + count > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + count));
        }
        System.arraycopy(src, offset, buffer, length, count);
        length += count;
    }

    /** Bytes received but not yet part of a complete message. */
    String pending() {
        return Fix.printable(new String(buffer, 0, length, StandardCharsets.ISO_8859_1));
    }

    /**
     * Takes the next complete message off the stream.
     *
     * @return the frame, or {@code null} when no complete message is buffered yet.
     */
    Frame next() {
        final int start = messageStart();
        if (start < 0) {
            return null;
        }
        final int beginEnd = indexOf(SOH, start, length);
        if (beginEnd < 0) {
            return null;
        }
        final int declared = bodyLength(beginEnd + 1);
        final int bodyStart = declared >= 0 ? indexOf(SOH, beginEnd + 1, length) + 1 : beginEnd + 1;
        int trailer = -1;
        String problem = start > 0 ? "bytes before BeginString: "
            + Fix.printable(new String(buffer, 0, start, StandardCharsets.ISO_8859_1)) : null;
        if (declared >= 0 && isTrailerAt(bodyStart + declared)) {
            trailer = bodyStart + declared;
        } else {
            trailer = scanTrailer(beginEnd);
            if (trailer < 0) {
                return null;
            }
            if (declared < 0) {
                problem = join(problem, "no BodyLength (9) after BeginString");
            } else if (trailer != bodyStart + declared) {
                problem = join(problem, "BodyLength 9=" + declared + " but the body is " + (trailer - bodyStart)
                    + " bytes");
            }
        }
        final int end = indexOf(SOH, trailer, length);
        if (end < 0) {
            return null;
        }
        final String sent = new String(buffer, trailer + 3, end - trailer - 3, StandardCharsets.ISO_8859_1);
        int sum = 0;
        for (int i = start; i < trailer; i++) {
            sum += buffer[i] & 0xFF;
        }
        final String computed = OutboundMessage.checksum3(sum & 0xFF);
        if (!computed.equals(sent)) {
            problem = join(problem, "CheckSum 10=" + sent + " but the bytes sum to " + computed);
        }
        final byte[] frame = Arrays.copyOfRange(buffer, start, end + 1);
        System.arraycopy(buffer, end + 1, buffer, 0, length - end - 1);
        length -= end + 1;
        return new Frame(frame, problem);
    }

    /** Index of the first {@code 8=} at the buffer start or right after a SOH; -1 if none yet. */
    private int messageStart() {
        for (int i = 0; i + 1 < length; i++) {
            if (buffer[i] == '8' && buffer[i + 1] == '=' && (i == 0 || buffer[i - 1] == SOH)) {
                return i;
            }
        }
        return -1;
    }

    /** The value of a {@code 9=} field at {@code at}, or -1 if there is none (or it is not complete yet). */
    private int bodyLength(final int at) {
        if (at + 2 > length || buffer[at] != '9' || buffer[at + 1] != '=') {
            return -1;
        }
        long value = 0;
        int i = at + 2;
        for (; i < length && buffer[i] != SOH; i++) {
            if (buffer[i] < '0' || buffer[i] > '9' || value > Integer.MAX_VALUE / 10) {
                return -1;
            }
            value = value * 10 + buffer[i] - '0';
        }
        return i < length && i > at + 2 ? (int) value : -1;
    }

    private boolean isTrailerAt(final int at) {
        return at >= 1 && at + 3 <= length && buffer[at - 1] == SOH
            && buffer[at] == '1' && buffer[at + 1] == '0' && buffer[at + 2] == '=';
    }

    /** Index of the {@code 1} of the first {@code SOH 10=} after {@code from}, or -1. */
    private int scanTrailer(final int from) {
        for (int i = from; i + 3 < length; i++) {
            if (buffer[i] == SOH && buffer[i + 1] == '1' && buffer[i + 2] == '0' && buffer[i + 3] == '=') {
                return i + 1;
            }
        }
        return -1;
    }

    private int indexOf(final byte b, final int from, final int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static String join(final String a, final String b) {
        return a == null ? b : a + "; " + b;
    }
}
