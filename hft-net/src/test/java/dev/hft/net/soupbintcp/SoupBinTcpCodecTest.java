package dev.hft.net.soupbintcp;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/** Golden vectors for every packet layout (hand-built from the specification) and codec round trips. */
class SoupBinTcpCodecTest {
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[128]);

    private static byte[] golden(final int lengthField, final String typeAndPayload) {
        final byte[] body = typeAndPayload.getBytes(US_ASCII);
        final byte[] packet = new byte[2 + body.length];
        packet[0] = (byte) (lengthField >> 8);
        packet[1] = (byte) lengthField;
        System.arraycopy(body, 0, packet, 2, body.length);
        return packet;
    }

    private byte[] written(final int length) {
        return Arrays.copyOf(buffer.byteArray(), length);
    }

    @Test
    void shouldEncodeLoginRequestAsSpecified() {
        final int length = new SoupBinTcpLoginRequestEncoder().wrap(buffer, 0)
            .username("user".getBytes(US_ASCII))
            .password("secret".getBytes(US_ASCII))
            .requestedSession(new byte[0])
            .requestedSequenceNumber(1)
            .length();
        final byte[] expected = golden(47, "L" + "user  " + "secret    " + "          " + "                   1");
        assertEquals(49, length);
        assertArrayEquals(expected, written(length));
    }

    @Test
    void shouldDecodeLoginRequest() {
        final byte[] bytes = golden(47, "L" + "trader" + "pw        " + "  SESSION1" + "                 123");
        final SoupBinTcpLoginRequestDecoder decoder = new SoupBinTcpLoginRequestDecoder();
        assertTrue(decoder.wrap(new UnsafeBuffer(bytes), 0, bytes.length));
        assertEquals("trader", decoder.username());
        assertTrue(decoder.usernameEquals("trader".getBytes(US_ASCII)));
        assertTrue(decoder.passwordEquals("pw".getBytes(US_ASCII)));
        assertFalse(decoder.passwordEquals("pw2".getBytes(US_ASCII)));
        assertFalse(decoder.passwordEquals("p".getBytes(US_ASCII)));
        assertTrue(decoder.requestedSessionEquals("SESSION1".getBytes(US_ASCII)));
        assertFalse(decoder.isRequestedSessionBlank());
        assertEquals(123, decoder.requestedSequenceNumber());
        assertFalse(decoder.toString().contains("pw "), decoder.toString());
        assertTrue(decoder.toString().contains("<hidden>"));
        assertFalse(decoder.wrap(new UnsafeBuffer(bytes), 0, bytes.length - 1));
    }

    @Test
    void shouldReadFieldsPaddedEitherWay() {
        final byte[] bytes = golden(47, "L" + "  user" + "secret    " + "SESSION1  " + "7                   ");
        final SoupBinTcpLoginRequestDecoder decoder = new SoupBinTcpLoginRequestDecoder();
        decoder.wrap(new UnsafeBuffer(bytes), 0, bytes.length);
        assertTrue(decoder.usernameEquals("user".getBytes(US_ASCII)));
        assertTrue(decoder.requestedSessionEquals("SESSION1".getBytes(US_ASCII)));
        assertEquals(7, decoder.requestedSequenceNumber());
    }

    @Test
    void shouldEncodeAndDecodeLoginAccepted() {
        final int length = new SoupBinTcpLoginAcceptedEncoder().wrap(buffer, 0)
            .session("SESS1".getBytes(US_ASCII)).sequenceNumber(42).length();
        final byte[] expected = golden(31, "A" + "     SESS1" + "                  42");
        assertArrayEquals(expected, written(length));

        final SoupBinTcpLoginAcceptedDecoder decoder = new SoupBinTcpLoginAcceptedDecoder();
        assertTrue(decoder.wrap(buffer, 0, length));
        assertEquals("SESS1", decoder.session());
        assertTrue(decoder.sessionEquals("SESS1".getBytes(US_ASCII)));
        assertEquals(42, decoder.sequenceNumber());
        final byte[] session = new byte[10];
        assertEquals(5, decoder.getSession(session));
        assertEquals("SESS1", new String(session, 0, 5, US_ASCII));
    }

    @Test
    void shouldEncodeAndDecodeLoginRejected() {
        final int length = new SoupBinTcpLoginRejectedEncoder().wrap(buffer, 0)
            .rejectReasonCode(SoupBinTcp.REJECT_SESSION_NOT_AVAILABLE).length();
        assertArrayEquals(golden(2, "JS"), written(length));
        final SoupBinTcpLoginRejectedDecoder decoder = new SoupBinTcpLoginRejectedDecoder();
        assertTrue(decoder.wrap(buffer, 0, length));
        assertEquals('S', decoder.rejectReasonCode());
    }

    @Test
    void shouldEncodeDataAndEmptyPackets() {
        final SoupBinTcpPacketEncoder encoder = new SoupBinTcpPacketEncoder();
        int length = encoder.wrap(buffer, 0).packetType(SoupBinTcp.SEQUENCED_DATA)
            .payload(new UnsafeBuffer("abc".getBytes(US_ASCII)), 0, 3).length();
        assertArrayEquals(golden(4, "Sabc"), written(length));

        final SoupBinTcpPacketDecoder decoder = new SoupBinTcpPacketDecoder();
        assertTrue(decoder.wrap(buffer, 0, length));
        assertEquals('S', decoder.packetType());
        assertEquals(3, decoder.payloadLength());
        assertEquals("abc", buffer.getStringWithoutLengthAscii(decoder.payloadOffset(), decoder.payloadLength()));

        for (final byte type : new byte[] {'H', 'Z', 'R', 'O'}) {
            length = encoder.wrap(buffer, 0).packetType(type).length();
            assertArrayEquals(golden(1, String.valueOf((char) type)), written(length));
        }
        assertThrows(IllegalArgumentException.class, () -> encoder.payloadLength(SoupBinTcp.MAX_PAYLOAD_LENGTH + 1));
    }

    @Test
    void shouldRejectNonNumericAndOverflowingSequenceNumbers() {
        assertEquals(0, numeric("                    "));
        assertEquals(0, numeric("                   0"));
        assertEquals(9_223_372_036_854_775_807L, numeric(" 9223372036854775807"));
        assertEquals(SoupBinTcpAscii.NOT_NUMERIC, numeric(" 9223372036854775808"));
        assertEquals(SoupBinTcpAscii.NOT_NUMERIC, numeric("99999999999999999999"));
        assertEquals(SoupBinTcpAscii.NOT_NUMERIC, numeric("                  -1"));
        assertEquals(SoupBinTcpAscii.NOT_NUMERIC, numeric("               1 2  "));
        assertEquals(SoupBinTcpAscii.NOT_NUMERIC, numeric("                 12x"));
    }

    @Test
    void shouldRefuseAlphaValuesThatDoNotFit() {
        final SoupBinTcpLoginRequestEncoder encoder = new SoupBinTcpLoginRequestEncoder().wrap(buffer, 0);
        assertThrows(IllegalArgumentException.class, () -> encoder.username("toolong".getBytes(US_ASCII)));
        assertThrows(IllegalArgumentException.class, () -> encoder.requestedSequenceNumber(-1));
        assertThrows(IllegalArgumentException.class, () -> SoupBinTcpAscii.toAlpha("caf\u00e9", 10, "password"));
        final IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
            () -> SoupBinTcpAscii.toAlpha("secretsecret", 10, "password"));
        assertFalse(ex.getMessage().contains("secret"), "the message must not contain the value");
    }

    private static long numeric(final String field) {
        return SoupBinTcpAscii.parseNumeric(new UnsafeBuffer(field.getBytes(US_ASCII)), 0, field.length());
    }
}
