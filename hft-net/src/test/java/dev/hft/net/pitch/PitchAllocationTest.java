package dev.hft.net.pitch;

import static dev.hft.net.pitch.PitchPackets.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.timing.AllocationMeter;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * Steady-state decoding (every field of every message type, through the dispatcher, errors included) and encoding
 * allocate nothing on the calling thread, measured with the JVM's per-thread allocation counter after a warm-up
 * (JMH {@code -prof gc} on PitchDecodeBenchmark is the companion measurement).
 */
class PitchAllocationTest {
    private static final int MEASURED = 50_000;
    private static final int WARM_UP_RUNS = 3;
    private static final int MEASURED_RUNS = 5;


    @Test
    void shouldDispatchAndReadEveryFieldWithoutAllocating() {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[2048]);
        final byte[] unknown = message(0x7F, 9, new byte[] {1});
        final List<byte[]> messages = new ArrayList<>();
        for (final int type : PitchPackets.KNOWN_TYPES) {
            messages.add(message(type, Pitch.messageLength(type), new byte[] {0x41, 0x42, 0x53, 0x20, 0x07}));
        }
        messages.add(unknown);
        final int packetLength = PitchPackets.write(buffer, 0, 1, 1, messages);
        final FieldSummingListener listener = new FieldSummingListener();
        final WireErrorCounters errors = new WireErrorCounters("pitch", WireErrorListener.NO_OP);
        final PitchMessageDispatcher dispatcher = new PitchMessageDispatcher(listener, errors);
        final Runnable work = () -> {
            for (int i = 0; i < MEASURED; i++) {
                dispatcher.onPacket(buffer, 0, packetLength);
            }
        };

        assertEquals(0, allocatedBy(work));
        assertEquals(PitchPackets.KNOWN_TYPES.length, dispatcher.onPacket(buffer, 0, packetLength));
        assertTrue(listener.sum != 0);
    }

    @Test
    void shouldEncodeWithoutAllocating() {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final SequencedUnitHeaderEncoder header = new SequencedUnitHeaderEncoder();
        final AddOrderShortEncoder add = new AddOrderShortEncoder();
        final ModifyOrderLongEncoder modify = new ModifyOrderLongEncoder();
        final DeleteOrderEncoder delete = new DeleteOrderEncoder();
        final OrderExecutedEncoder executed = new OrderExecutedEncoder();
        final long symbol = Pitch.packSymbol("AAPL");
        final Runnable work = () -> {
            for (int i = 0; i < MEASURED; i++) {
                header.wrap(buffer, 0).length(8 + 26 + 27 + 14 + 26).count(4).unit(1).sequence(i);
                add.wrap(buffer, 8).timeOffset(i).orderId(i).sideIndicator(Pitch.SIDE_BUY).quantity(100)
                    .symbol(symbol).price(10_250).addFlags(Pitch.ADD_FLAG_DISPLAY);
                modify.wrap(buffer, 34).timeOffset(i).orderId(i).quantity(200).price(1_025_000).modifyFlags(0);
                delete.wrap(buffer, 61).timeOffset(i).orderId(i);
                executed.wrap(buffer, 75).timeOffset(i).orderId(i).executedQuantity(100).executionId(i);
            }
        };
        assertEquals(0, allocatedBy(work));
    }

    private static long allocatedBy(final Runnable work) {
        return AllocationMeter.steadyStateBytes(work, WARM_UP_RUNS, MEASURED_RUNS);
    }
}
