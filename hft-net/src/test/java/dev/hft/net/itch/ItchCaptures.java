package dev.hft.net.itch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.hft.net.TestData;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.capture.PcapReader;
import dev.hft.net.moldudp64.MoldUdp64MessageHandler;
import dev.hft.net.moldudp64.MoldUdp64PacketDecoder;

/**
 * Test helper: the real ITCH 5.0 captures in {@code testdata/pcap/nasdaq-itch50} (see its README), read with
 * {@link PcapReader} and {@link MoldUdp64PacketDecoder}. Fails clearly, naming the folder, when it is absent.
 */
final class ItchCaptures {
    static final String FOLDER = "pcap/nasdaq-itch50";

    private ItchCaptures() {
    }

    static Path root() {
        return TestData.resolve(FOLDER);
    }

    /**
     * Hands every ITCH message of a capture to a handler, asserting the pcap and MoldUDP64 framing are clean.
     *
     * @return the number of messages.
     */
    static int forEachMessage(final String capture, final MoldUdp64MessageHandler handler) throws IOException {
        final WireErrorCounters errors = new WireErrorCounters("pcap", WireErrorListener.NO_OP);
        final MoldUdp64PacketDecoder packet = new MoldUdp64PacketDecoder();
        final int[] messages = {0};
        new PcapReader(errors).read(TestData.resolve(FOLDER + "/" + capture),
            (timestampNs, protocol, sourcePort, destinationPort, buffer, offset, length) -> {
                assertTrue(packet.wrap(buffer, offset, length), capture);
                final int count = packet.forEachMessage(handler);
                assertTrue(count > 0, () -> capture + ": MoldUDP64 packet result " + count);
                messages[0] += count;
            });
        assertEquals(0, errors.total(), errors::toString);
        return messages[0];
    }

    /** Every message of a capture, copied out. */
    static List<byte[]> messages(final String capture) throws IOException {
        final List<byte[]> messages = new ArrayList<>();
        forEachMessage(capture, (sequence, buffer, offset, length) -> {
            final byte[] message = new byte[length];
            buffer.getBytes(offset, message);
            messages.add(message);
        });
        return messages;
    }

    /** Every message of a capture dispatched and printed by its decoder, after its MoldUDP64 sequence number. */
    static List<String> decodeToStrings(final String capture) throws IOException {
        final RecordingItchListener listener = new RecordingItchListener();
        final WireErrorCounters errors = new WireErrorCounters("itch", WireErrorListener.NO_OP);
        final ItchMessageDispatcher dispatcher = new ItchMessageDispatcher(listener, errors);
        forEachMessage(capture, (sequence, buffer, offset, length) -> {
            listener.prefix = sequence + " ";
            assertEquals(buffer.getByte(offset), dispatcher.dispatch(sequence, buffer, offset, length));
        });
        assertEquals(0, errors.total(), errors::toString);
        return listener.events;
    }
}
