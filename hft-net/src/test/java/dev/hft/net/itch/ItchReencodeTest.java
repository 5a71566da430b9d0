package dev.hft.net.itch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * The encoders against real bytes: every captured message and every spec vector, decoded and then written again
 * field by field through the encoders' setters, comes out byte for byte as it went in.
 */
class ItchReencodeTest {
    private final UnsafeBuffer out = new UnsafeBuffer(new byte[Itch50.MAX_MESSAGE_LENGTH]);
    private final ItchCopier copier = new ItchCopier(out, 0);
    private final WireErrorCounters errors = new WireErrorCounters("itch", WireErrorListener.NO_OP);
    private final ItchMessageDispatcher dispatcher = new ItchMessageDispatcher(copier, errors);

    private void assertReencoded(final byte[] message, final String context) {
        out.setMemory(0, out.capacity(), (byte) 0);
        assertEquals(message[0], dispatcher.onMessage(new UnsafeBuffer(message), 0, message.length), context);
        assertEquals(message.length, copier.length, context);
        final byte[] reencoded = new byte[copier.length];
        out.getBytes(0, reencoded);
        assertArrayEquals(message, reencoded, context);
    }

    @Test
    void shouldReencodeEveryCapturedMessageExactly() throws IOException {
        int count = 0;
        for (final String capture : ItchGoldenVectorTest.CAPTURES) {
            final List<byte[]> messages = ItchCaptures.messages(capture);
            for (int i = 0; i < messages.size(); i++) {
                assertReencoded(messages.get(i), capture + " message " + i);
                count++;
            }
        }
        assertEquals(227, count);
        assertEquals(0, errors.total());
    }

    @Test
    void shouldReencodeEverySpecVectorExactly() {
        for (final String vector : ItchSpecVectorTest.VECTORS) {
            assertReencoded(ItchSpecVectorTest.hex(vector).byteArray(), vector);
        }
    }
}
