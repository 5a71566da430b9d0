package dev.hft.net.fix;

import java.nio.charset.StandardCharsets;

import org.agrona.concurrent.UnsafeBuffer;

/** Builds FIX text for tests: '|' stands for SOH; BodyLength and CheckSum computed independently of the codec. */
final class FixTestMessages {
    private FixTestMessages() {
    }

    /** Turns "35=0|34=2|...|" (no 8, 9, 10) into a complete message with correct BodyLength and CheckSum. */
    static String complete(final String body) {
        final String soh = body.replace('|', '\u0001');
        final String head = "8=FIX.4.4\u00019=" + soh.getBytes(StandardCharsets.ISO_8859_1).length + "\u0001" + soh;
        return head + "10=" + String.format("%03d", sum(head)) + "\u0001";
    }

    static int sum(final String text) {
        int sum = 0;
        for (final byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
            sum += b & 0xFF;
        }
        return sum % 256;
    }

    static String soh(final String piped) {
        return piped.replace('|', '\u0001');
    }

    static String piped(final String soh) {
        return soh.replace('\u0001', '|');
    }

    static UnsafeBuffer buffer(final String text) {
        return new UnsafeBuffer(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    static String string(final org.agrona.DirectBuffer buffer, final int offset, final int length) {
        final byte[] bytes = new byte[length];
        buffer.getBytes(offset, bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
