package dev.hft.net.itch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/** Every one of the 23 message types reaches the delegate, each after exactly one {@code beforeMessage()}. */
class ForwardingItchListenerTest {

    @Test
    void shouldForwardEveryTypeAfterTheHook() {
        final RecordingItchListener delegate = new RecordingItchListener();
        final List<Integer> hookSawEvents = new ArrayList<>();
        final ForwardingItchListener forwarding = new ForwardingItchListener(delegate) {
            @Override
            protected void beforeMessage() {
                hookSawEvents.add(delegate.events.size());
            }
        };
        final ItchMessageDispatcher dispatcher = new ItchMessageDispatcher(forwarding,
            new WireErrorCounters("itch", WireErrorListener.NO_OP));
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[128]);
        final List<Integer> expected = new ArrayList<>();
        for (int type = 0; type < 256; type++) {
            final int length = Itch50.messageLength((byte) type);
            if (length == Itch50.UNKNOWN_TYPE) {
                continue;
            }
            buffer.setMemory(0, buffer.capacity(), (byte) 0);
            buffer.putByte(0, (byte) type);
            expected.add(expected.size());
            dispatcher.onMessage(buffer, 0, length);
        }
        assertEquals(23, delegate.events.size());
        assertEquals(expected, hookSawEvents, "the hook runs once per message, before the delegate hears of it");
    }
}
