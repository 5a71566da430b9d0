package dev.hft.net.fix.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ReplyFramerTest {
    /** A well-formed message with the given body fields (SOH written as |). */
    static String message(final String bodyFields) {
        final String head = "8=FIX.4.4|9=" + bodyFields.length() + "|" + bodyFields;
        return head + "10=" + OutboundMessage.checksum3(OutboundMessage.checksum(head.replace('|', '\u0001'))) + "|";
    }

    private static List<ReplyFramer.Frame> feed(final ReplyFramer framer, final String text) {
        final byte[] bytes = text.replace('|', '\u0001').getBytes(StandardCharsets.ISO_8859_1);
        framer.append(bytes, 0, bytes.length);
        final List<ReplyFramer.Frame> frames = new ArrayList<>();
        for (ReplyFramer.Frame f = framer.next(); f != null; f = framer.next()) {
            frames.add(f);
        }
        return frames;
    }

    private static String text(final ReplyFramer.Frame frame) {
        return frame.text().replace('\u0001', '|');
    }

    @Test
    void shouldCutTwoMessagesFromOneChunk() {
        final String a = message("35=0|34=2|49=ISLD|56=TW|");
        final String b = message("35=1|34=3|49=ISLD|56=TW|112=HELLO|");
        final List<ReplyFramer.Frame> frames = feed(new ReplyFramer(), a + b);
        assertEquals(List.of(a, b), List.of(text(frames.get(0)), text(frames.get(1))));
        assertNull(frames.get(0).problem());
        assertNull(frames.get(1).problem());
    }

    @Test
    void shouldWaitForTheRestOfAMessage() {
        final String a = message("35=0|34=2|49=ISLD|56=TW|");
        final ReplyFramer framer = new ReplyFramer();
        assertEquals(List.of(), feed(framer, a.substring(0, a.length() - 2)));
        assertEquals(List.of(a), List.of(text(feed(framer, a.substring(a.length() - 2)).get(0))));
    }

    @Test
    void shouldFlagAWrongChecksum() {
        final ReplyFramer.Frame frame = feed(new ReplyFramer(), "8=FIX.4.4|9=5|35=0|10=000|").get(0);
        assertEquals("CheckSum 10=000 but the bytes sum to "
            + OutboundMessage.checksum3(OutboundMessage.checksum("8=FIX.4.4\u00019=5\u000135=0\u0001")),
            frame.problem());
    }

    @Test
    void shouldFrameByTheTrailerAndFlagAWrongBodyLength() {
        final String good = message("35=0|34=3|");
        final List<ReplyFramer.Frame> frames = feed(new ReplyFramer(), "8=FIX.4.4|9=99|35=0|34=2|10=123|" + good);
        assertEquals("8=FIX.4.4|9=99|35=0|34=2|10=123|", text(frames.get(0)));
        assertEquals("BodyLength 9=99 but the body is 10 bytes; CheckSum 10=123 but the bytes sum to "
            + OutboundMessage.checksum3(OutboundMessage.checksum("8=FIX.4.4\u00019=99\u000135=0\u000134=2\u0001")),
            frames.get(0).problem());
        assertEquals(good, text(frames.get(1)));
        assertNull(frames.get(1).problem());
    }

    @Test
    void shouldFlagBytesBeforeBeginString() {
        final String good = message("35=0|");
        final ReplyFramer.Frame frame = feed(new ReplyFramer(), "xx|" + good).get(0);
        assertEquals(good, text(frame));
        assertEquals("bytes before BeginString: xx|", frame.problem());
    }

    @Property(tries = 100)
    void shouldCutAnyStreamOfMessagesSplitAnywhere(@ForAll("bodies") final List<String> bodies,
                                                   @ForAll @IntRange(min = 1, max = 40) final int chunk) {
        final StringBuilder stream = new StringBuilder();
        final List<String> expected = new ArrayList<>();
        for (final String body : bodies) {
            expected.add(message(body));
            stream.append(message(body));
        }
        final ReplyFramer framer = new ReplyFramer();
        final List<String> got = new ArrayList<>();
        for (int i = 0; i < stream.length(); i += chunk) {
            for (final ReplyFramer.Frame f : feed(framer, stream.substring(i, Math.min(stream.length(), i + chunk)))) {
                assertNull(f.problem());
                got.add(text(f));
            }
        }
        assertEquals(expected, got);
    }

    @Provide
    Arbitrary<List<String>> bodies() {
        final Arbitrary<String> field = Arbitraries.integers().between(11, 9999).flatMap(tag ->
            Arbitraries.strings().withCharRange('!', '{').ofMinLength(1).ofMaxLength(12).map(v -> tag + "=" + v + "|"));
        return field.list().ofMinSize(0).ofMaxSize(8).map(fs -> "35=D|" + String.join("", fs))
            .list().ofMinSize(1).ofMaxSize(6);
    }
}
