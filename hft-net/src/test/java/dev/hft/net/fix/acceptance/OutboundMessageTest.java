package dev.hft.net.fix.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class OutboundMessageTest {
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05.678Z");

    private static String render(final String line) {
        return new String(OutboundMessage.parse(line.replace('|', '\u0001')).render(NOW), StandardCharsets.ISO_8859_1)
            .replace('\u0001', '|');
    }

    private static String withChecksum(final String message) {
        return message + "10=" + OutboundMessage.checksum3(OutboundMessage.checksum(message.replace('|', '\u0001')))
            + "|";
    }

    @Test
    void shouldInsertTimeBodyLengthAndChecksum() {
        final String body = "35=0|34=2|49=TW|52=20260102-03:04:05.678|56=ISLD|";
        assertEquals(withChecksum("8=FIX.4.4|9=" + body.length() + "|" + body),
            render("I8=FIX.4.4|35=0|34=2|49=TW|52=<TIME>|56=ISLD|"));
    }

    @Test
    void shouldOffsetTimeByElevenTenthsOfASecondPerUnit() {
        assertTrue(render("I8=FIX.4.4|35=0|52=<TIME+2>|122=<TIME-10>|").contains(
            "|52=20260102-03:04:07.878|122=20260102-03:03:54.678|"));
    }

    @Test
    void shouldUseSecondsBeforeFix42() {
        assertTrue(render("I8=FIX.4.1|35=0|52=<TIME>|").contains("|52=20260102-03:04:05|"));
    }

    @Test
    void shouldKeepAGivenBodyLengthEvenWhenWrong() {
        assertTrue(render("I8=FIX.4.4|9=30|35=D|34=2|").startsWith("8=FIX.4.4|9=30|35=D|34=2|10="));
    }

    @Test
    void shouldKeepAGivenChecksumEvenWhenWrongAndPadALiteralZero() {
        assertTrue(render("I8=FIX.4.4|35=0|34=2|10=256|").endsWith("|34=2|10=256|"));
        assertTrue(render("I8=FIX.4.4|9=5|35=0|10=0|").endsWith("|35=0|10=000|"));
    }

    @Test
    void shouldSendAGarbledLineByteForByteWithAChecksumOnlyIfItHasNone() {
        final OutboundMessage garbled = OutboundMessage.parse("I35=0|8=FIX.4.4|9=29|10=121|".replace('|', '\u0001'));
        assertTrue(garbled.garbled());
        assertEquals(1, garbled.connection());
        assertEquals("35=0|8=FIX.4.4|9=29|52=<TIME>|10=121|", render("I35=0|8=FIX.4.4|9=29|52=<TIME>|10=121|"));
        assertEquals(withChecksum("8=FIX.4.4 35=0|"), render("I8=FIX.4.4 35=0|"));
    }

    @Property(tries = 100)
    void shouldRenderWhatAFramerAcceptsUnchanged(@ForAll("bodies") final String body) {
        final byte[] bytes = OutboundMessage.parse(("I8=FIX.4.4|" + body).replace('|', '\u0001')).render(NOW);
        final ReplyFramer framer = new ReplyFramer();
        framer.append(bytes, 0, bytes.length);
        final ReplyFramer.Frame frame = framer.next();
        assertNull(frame.problem());
        assertEquals(bytes.length, frame.bytes().length);
        final String expected = body.replace("<TIME>", "20260102-03:04:05.678");
        assertTrue(frame.text().replace('\u0001', '|').matches("8=FIX\\.4\\.4\\|9=\\d+\\|" + Pattern.quote(expected)
            + "10=\\d{3}\\|"), frame::text);
    }

    @Provide
    Arbitrary<String> bodies() {
        final Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.just("<TIME>"),
            Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(16)
                .filter(v -> v.indexOf('|') < 0 && !v.contains("<TIME")));
        final Arbitrary<String> field = Arbitraries.integers().between(11, 9999).flatMap(tag ->
            value.map(v -> tag + "=" + v + "|"));
        return field.list().ofMaxSize(10).map(fs -> "35=D|" + String.join("", fs));
    }

    @Test
    void shouldReadTheConnectionNumber() {
        final OutboundMessage message = OutboundMessage.parse("I2,8=FIX.4.4\u000135=A\u0001");
        assertFalse(message.garbled());
        assertEquals(2, message.connection());
        assertTrue(render("I2,8=FIX.4.4|35=A|").startsWith("8=FIX.4.4|9=5|35=A|10="));
    }
}
