package dev.hft.net.moldudp64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;

import dev.hft.api.Result;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

class MoldUdp64MessageStoreTest {
    private final UnsafeBuffer message = new UnsafeBuffer(new byte[70_000]);

    @Test
    void shouldNumberMessagesFromOneAndGrowPastItsInitialCapacities() {
        final MoldUdp64MessageStore store = new MoldUdp64MessageStore(64, 4);
        for (long sequence = 1; sequence <= 1000; sequence++) {
            final int length = TestMessages.write(message, 0, sequence);
            assertEquals(sequence, store.append(message, 0, length));
        }
        assertEquals(1000, store.size());
        assertEquals(1001, store.nextSequenceNumber());
        assertFalse(store.contains(0));
        assertFalse(store.contains(1001));
        for (long sequence = 1; sequence <= 1000; sequence++) {
            assertTrue(TestMessages.matches(sequence, store.buffer(), store.payloadOffset(sequence),
                store.payloadLength(sequence)));
        }
        assertEquals(-1, store.payloadOffset(1001));
    }

    @Test
    void shouldCopyRunsOfBlocksInWireFormWithinTheLimits() {
        final MoldUdp64MessageStore store = new MoldUdp64MessageStore();
        for (long sequence = 1; sequence <= 10; sequence++) {
            store.append(message, 0, TestMessages.write(message, 0, sequence));
        }
        final UnsafeBuffer packet = new UnsafeBuffer(new byte[1000]);
        assertEquals(3, store.copyBlocks(4, 3, packet, 20, 1000));
        int position = 20;
        for (long sequence = 4; sequence <= 6; sequence++) {
            final int length = packet.getShort(position, ByteOrder.BIG_ENDIAN) & 0xFFFF;
            assertTrue(TestMessages.matches(sequence, packet, position + 2, length));
            position += 2 + length;
        }
        assertEquals(position - 20, store.blocksLength(4, 3));

        final int twoBlocks = store.blocksLength(1, 2);
        assertEquals(2, store.copyBlocks(1, 10, packet, 0, twoBlocks + 1), "stops at the byte limit");
        assertEquals(3, store.copyBlocks(8, 10, packet, 0, 1000), "stops at the last stored message");
        assertEquals(0, store.copyBlocks(11, 10, packet, 0, 1000));
        assertEquals(0, store.copyBlocks(0, 10, packet, 0, 1000));
        assertEquals(0, store.copyBlocks(1, 10, packet, 0, 5), "first block does not fit");
        assertEquals(-1, store.blocksLength(9, 3));
    }

    @Test
    void shouldRefuseMessagesTooLongForABlock() {
        final MoldUdp64MessageStore store = new MoldUdp64MessageStore();
        assertEquals(Result.INVALID_ARGUMENT, store.append(message, 0, 65_536));
        assertEquals(1, store.append(message, 0, 65_535));
        assertEquals(65_537, store.logLength());
    }
}
