package dev.hft.net.soupbintcp;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import dev.hft.net.WireErrorListener;
import org.agrona.DirectBuffer;

/** Recording listeners: events as readable strings, messages as numbers, for {@code assertEquals(List.of(...))}. */
final class Recording {
    private Recording() {
    }

    /** Messages in tests carry a big-endian long at offset 0 (plus padding), so content checks are cheap. */
    static long value(final DirectBuffer buffer, final int offset, final int length) {
        return length >= 8 ? buffer.getLong(offset, ByteOrder.BIG_ENDIAN) : -length;
    }

    static final class Client implements SoupBinTcpClientListener {
        final List<String> events = new ArrayList<>();
        final List<Long> sequenceNumbers = new ArrayList<>();
        final List<Long> values = new ArrayList<>();
        boolean recordMessagesAsEvents;

        @Override
        public void onLoginAccepted(final long sequenceNumber) {
            events.add("accepted " + sequenceNumber);
        }

        @Override
        public void onLoginRejected(final byte rejectReasonCode) {
            events.add("rejected " + (char) rejectReasonCode);
        }

        @Override
        public void onSequencedMessage(final long sequenceNumber, final DirectBuffer buffer, final int offset,
            final int length) {
            sequenceNumbers.add(sequenceNumber);
            values.add(value(buffer, offset, length));
            if (recordMessagesAsEvents) {
                events.add("message " + sequenceNumber + " " + buffer.getStringWithoutLengthAscii(offset, length));
            }
        }

        @Override
        public void onEndOfSession() {
            events.add("end of session");
        }

        @Override
        public void onDisconnected(final SoupBinTcpDisconnectReason reason) {
            events.add("disconnected " + reason);
        }

        String last() {
            return events.isEmpty() ? "" : events.get(events.size() - 1);
        }
    }

    static final class Server implements SoupBinTcpServerListener {
        final List<String> events = new ArrayList<>();
        final List<Long> values = new ArrayList<>();
        final List<Integer> messageConnections = new ArrayList<>();

        @Override
        public void onConnected(final int connectionId) {
            events.add("connected " + connectionId);
        }

        @Override
        public void onLoginAccepted(final int connectionId, final long sequenceNumber) {
            events.add("accepted " + connectionId + " from " + sequenceNumber);
        }

        @Override
        public void onUnsequencedMessage(final int connectionId, final DirectBuffer buffer, final int offset,
            final int length) {
            messageConnections.add(connectionId);
            values.add(value(buffer, offset, length));
        }

        @Override
        public void onDisconnected(final int connectionId, final SoupBinTcpDisconnectReason reason) {
            events.add("disconnected " + connectionId + " " + reason);
        }

        String last() {
            return events.isEmpty() ? "" : events.get(events.size() - 1);
        }
    }

    /** Records wire errors as "KIND" strings. */
    static final class Errors implements WireErrorListener {
        final List<String> errors = new ArrayList<>();

        @Override
        public void onWireError(final String source, final dev.hft.net.WireError error, final long sequence,
            final DirectBuffer buffer, final int offset, final int length) {
            errors.add(error.name());
        }
    }
}
