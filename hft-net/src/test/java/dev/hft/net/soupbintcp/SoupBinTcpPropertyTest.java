package dev.hft.net.soupbintcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.agrona.concurrent.UnsafeBuffer;

/** Properties: numeric fields round-trip for every value; the framer is indifferent to how reads cut a stream. */
class SoupBinTcpPropertyTest {
    @Property(tries = 300)
    void shouldRoundTripEverySequenceNumber(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) final long value) {
        final UnsafeBuffer field = new UnsafeBuffer(new byte[20]);
        SoupBinTcpAscii.putNumeric(field, 0, 20, value);
        assertEquals(value, SoupBinTcpAscii.parseNumeric(field, 0, 20));
        assertEquals(String.format("%20d", value), field.getStringWithoutLengthAscii(0, 20));
    }

    @Property(tries = 200)
    void shouldFrameAnyStreamCutAnywhere(
        @ForAll @Size(min = 1, max = 20) final List<@Size(max = 40) List<Byte>> payloads,
        @ForAll @Size(min = 1, max = 30) final List<@IntRange(min = 1, max = 50) Integer> cuts) {
        final List<String> expected = new ArrayList<>();
        final List<byte[]> parts = new ArrayList<>();
        for (final List<Byte> payload : payloads) {
            final byte[] bytes = new byte[payload.size()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = payload.get(i);
            }
            parts.add(Loopback.packet('U', bytes));
            expected.add("U:" + new String(bytes, StandardCharsets.ISO_8859_1));
        }
        final byte[] stream = Loopback.concat(parts.toArray(new byte[0][]));
        final SoupBinTcpFramer framer = new SoupBinTcpFramer(64, 40);
        final List<String> packets = new ArrayList<>();
        int position = 0;
        int cut = 0;
        while (position < stream.length) {
            final int length = Math.min(cuts.get(cut++ % cuts.size()), stream.length - position);
            position += framer.append(new UnsafeBuffer(stream), position, length);
            SoupBinTcpFramerTest.drain(framer, packets);
        }
        assertEquals(expected, packets);
    }
}
