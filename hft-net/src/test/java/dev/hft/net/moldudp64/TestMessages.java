package dev.hft.net.moldudp64;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Test messages whose bytes are a function of their sequence number (an 8-byte big-endian sequence number, then
 * {@code seq % 33} filler bytes), so a handler can check every delivered payload; and hand-built packets.
 */
final class TestMessages {
    private TestMessages() {
    }

    static int length(final long sequence) {
        return 8 + (int) (sequence % 33);
    }

    static int write(final MutableDirectBuffer buffer, final int offset, final long sequence) {
        buffer.putLong(offset, sequence, ByteOrder.BIG_ENDIAN);
        final int length = length(sequence);
        for (int i = 8; i < length; i++) {
            buffer.putByte(offset + i, (byte) (sequence + i));
        }
        return length;
    }

    static boolean matches(final long sequence, final DirectBuffer buffer, final int offset, final int length) {
        if (length != length(sequence) || buffer.getLong(offset, ByteOrder.BIG_ENDIAN) != sequence) {
            return false;
        }
        for (int i = 8; i < length; i++) {
            if (buffer.getByte(offset + i) != (byte) (sequence + i)) {
                return false;
            }
        }
        return true;
    }

    /** A data packet carrying the test messages {@code first} to {@code first + count - 1}. */
    static ByteBuffer packet(final String session, final long first, final int count) {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[65536]);
        final UnsafeBuffer message = new UnsafeBuffer(new byte[64]);
        final MoldUdp64PacketEncoder encoder = new MoldUdp64PacketEncoder()
            .wrap(buffer, 0, 65536).session(MoldUdp64.session(session)).sequenceNumber(first);
        for (int i = 0; i < count; i++) {
            final int length = write(message, 0, first + i);
            encoder.tryAppend(message, 0, length);
        }
        return ByteBuffer.wrap(buffer.byteArray(), 0, encoder.length());
    }

    /** A heartbeat (count 0) or end-of-session (count 0xFFFF) packet. */
    static ByteBuffer control(final String session, final long next, final int count) {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[20]);
        new MoldUdp64PacketEncoder().wrap(buffer, 0, 20).session(MoldUdp64.session(session)).sequenceNumber(next)
            .messageCount(count);
        return ByteBuffer.wrap(buffer.byteArray());
    }

    /** Records delivered sequence numbers and checks each payload. */
    static final class Recorder implements MoldUdp64MessageHandler {
        final List<Long> sequences = new ArrayList<>();
        long badPayloads;

        @Override
        public void onMessage(final long sequenceNumber, final DirectBuffer buffer, final int offset,
            final int length) {
            sequences.add(sequenceNumber);
            if (!matches(sequenceNumber, buffer, offset, length)) {
                badPayloads++;
            }
        }

        void assertExactlyOnceInOrder(final long first, final long last) {
            assertEquals(0, badPayloads, "payloads that do not match their sequence number");
            assertEquals(last - first + 1, sequences.size(), "messages delivered");
            for (int i = 0; i < sequences.size(); i++) {
                if (sequences.get(i) != first + i) {
                    assertEquals(first + i, sequences.get(i), "message at delivery index " + i);
                }
            }
        }
    }

    /** Checks order and payloads without keeping the sequence numbers (long runs, allocation tests). */
    static final class Checker implements MoldUdp64MessageHandler {
        long expected;
        long count;
        long violations;

        Checker(final long first) {
            this.expected = first;
        }

        @Override
        public void onMessage(final long sequenceNumber, final DirectBuffer buffer, final int offset,
            final int length) {
            if (sequenceNumber != expected || !matches(sequenceNumber, buffer, offset, length)) {
                violations++;
            }
            expected = sequenceNumber + 1;
            count++;
        }
    }
}
