package dev.hft.net.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;

import dev.hft.api.FixedPoint;
import dev.hft.timing.AllocationMeter;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/** Encode, frame, parse, validate and read every field of a message: no allocation in steady state. */
class FixCodecAllocationTest {
    private final FixEncoder encoder = new FixEncoder("VENUE", "CLIENT");
    private final FixMessageDecoder decoder = new FixMessageDecoder();
    private final FixValidator validator = new FixValidator();
    private final FixGroup parties = new FixGroup();
    private final FixFramer framer = new FixFramer(8192, 4096);
    private final UnsafeBuffer out = new UnsafeBuffer(ByteBuffer.allocateDirect(4096));
    private final byte[] orderId = "OID-1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private long sink;

    private void roundTrip(final int seq) {
        final int length = encoder.wrap(out, 0).header(FixMsgType.EXECUTION_REPORT, seq, 1_700_000_000_000_000_000L)
            .putBytes(FixTags.ORDER_ID, orderId).putString(FixTags.CL_ORD_ID, "C1").putString(FixTags.EXEC_ID, "E1")
            .putChar(FixTags.EXEC_TYPE, 'F').putChar(FixTags.ORD_STATUS, '1').putString(FixTags.SYMBOL, "AAPL")
            .putChar(FixTags.SIDE, '1').putLong(FixTags.ORDER_QTY, 300).putPrice(FixTags.LAST_PX, 18_725_000_000L)
            .putLong(FixTags.LAST_QTY, seq).putLong(FixTags.LEAVES_QTY, 200).putLong(FixTags.CUM_QTY, 100)
            .putPrice(FixTags.AVG_PX, 18_725_000_000L).putInt(FixTags.NO_PARTY_IDS, 1)
            .putString(FixTags.PARTY_ID, "P").putChar(FixTags.PARTY_ID_SOURCE, 'D').putInt(FixTags.PARTY_ROLE, 1)
            .putTimestamp(FixTags.TRANSACT_TIME, 1_700_000_000_123_000_000L).finish();
        framer.append(out, 0, length);
        while (framer.next() == FixFramer.MESSAGE) {
            if (decoder.wrap(framer.buffer(), framer.messageOffset(), framer.messageLength()) != FixError.OK
                || validator.validate(decoder) != FixError.OK) {
                throw new AssertionError("bad message");
            }
            sink += decoder.getLong(FixTags.LAST_QTY) + decoder.getPrice(FixTags.LAST_PX)
                + decoder.getTimestamp(FixTags.TRANSACT_TIME) + decoder.getString(FixTags.ORDER_ID).length()
                + decoder.getChar(FixTags.EXEC_TYPE) + decoder.msgSeqNum();
            decoder.group(FixTags.NO_PARTY_IDS, parties);
            while (parties.next()) {
                sink += parties.getInt(FixTags.PARTY_ROLE) + parties.getString(FixTags.PARTY_ID).charAt(0);
            }
        }
    }

    @Test
    void shouldNotAllocate() {
        final long bytes = AllocationMeter.steadyStateBytes(() -> {
            for (int i = 1; i <= 20_000; i++) {
                roundTrip(i);
            }
        }, 5, 5);
        assertEquals(0, bytes);
        assertEquals(true, sink != 0 && FixedPoint.SCALE > 0);
    }
}
