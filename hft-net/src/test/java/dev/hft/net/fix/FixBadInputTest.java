package dev.hft.net.fix;

import static dev.hft.net.fix.FixTestMessages.buffer;
import static dev.hft.net.fix.FixTestMessages.complete;
import static dev.hft.net.fix.FixTestMessages.soh;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/** Garbled and invalid messages: each yields its error code and offending tag; nothing throws. */
class FixBadInputTest {
    private static final String HB = "35=0|49=TW|56=ISLD|34=2|52=20261121-12:00:00.000|";

    private final FixMessageDecoder decoder = new FixMessageDecoder(64);
    private final FixValidator validator = new FixValidator();

    private int parse(final String message) {
        final UnsafeBuffer in = buffer(message);
        return decoder.wrap(in, 0, in.capacity());
    }

    private int validate(final String message) {
        final int result = parse(message);
        return result != FixError.OK ? result : validator.validate(decoder);
    }

    @Test
    void shouldAcceptWellFormedHeartbeat() {
        assertEquals(FixError.OK, validate(complete(HB)));
    }

    @Test
    void shouldReportBadChecksum() {
        final String good = complete(HB);
        final int sum = Integer.parseInt(good.substring(good.length() - 4, good.length() - 1));
        final String bad = good.substring(0, good.length() - 4) + String.format("%03d", (sum + 1) % 256) + "\u0001";
        assertEquals(FixError.BAD_CHECKSUM, parse(bad));
        assertEquals(FixError.BAD_CHECKSUM, parse(good.substring(0, good.length() - 4) + "1a2\u0001"));
        assertEquals(FixError.BAD_CHECKSUM, parse(good.substring(0, good.length() - 4) + "12\u0001"));
    }

    @Test
    void shouldReportBadBodyLength() {
        final String good = complete(HB);
        final String bad = good.replaceFirst("\u00019=\\d+", "\u00019=40");
        final String fixed = bad.substring(0, bad.lastIndexOf("10=")) + "10="
            + String.format("%03d", FixTestMessages.sum(bad.substring(0, bad.lastIndexOf("10=")))) + "\u0001";
        assertEquals(FixError.BAD_BODY_LENGTH, parse(fixed));
        assertEquals(FixError.BAD_BODY_LENGTH, parse(fixed.replaceFirst("\u00019=40", "\u00019=x")));
    }

    @Test
    void shouldReportGarbledFields() {
        assertEquals(FixError.GARBLED, parse(complete("35=0|34=2|4garbled9=TW|52=20261121-12:00:00.000|56=ISLD|")));
        assertEquals(FixError.GARBLED, parse(soh("8=FIX.4.4|9=5|35=0|")));
        assertEquals(FixError.GARBLED, parse(soh("8=FIX.4.4|9=5|35=0|10=000|extra")));
        assertEquals(FixError.GARBLED, parse(""));
        assertEquals(FixError.FIRST_FIELDS_OUT_OF_ORDER, parse(soh("35=0|8=FIX.4.4|9=5|10=000|")));
        final String swapped = complete(HB).replaceFirst("35=0\u0001", "");
        final String body = swapped.substring(swapped.indexOf("49="), swapped.lastIndexOf("10="));
        assertEquals(FixError.FIRST_FIELDS_OUT_OF_ORDER,
            parse(soh("8=FIX.4.4|") + "34=3\u000135=0\u0001" + body + "10=000\u0001"));
    }

    @Test
    void shouldReportTagWithoutValueInvalidTagRepeatedTagAndOrder() {
        assertEquals(FixError.TAG_WITHOUT_VALUE, parse(complete("35=0|49=TW|52=20261121-12:00:00.000|56=|34=2|")));
        assertEquals(56, decoder.errorTag());
        assertEquals(FixError.INVALID_TAG_NUMBER, parse(complete(HB + "-1=HI|")));
        assertEquals(-1, decoder.errorTag());
        assertEquals(FixError.INVALID_TAG_NUMBER, parse(complete(HB + "0=HI|")));
        assertEquals(FixError.REPEATED_TAG, parse(complete("35=D|49=TW|56=ISLD|34=2|52=20261121-12:00:00.000|"
            + "11=ID|21=1|40=1|54=1|40=2|38=200.00|55=INTC|60=20261121-12:00:00.000|")));
        assertEquals(40, decoder.errorTag());
        assertEquals(FixError.TAG_OUT_OF_ORDER, parse(complete("35=D|11=id|21=3|40=1|54=1|55=MSFT|"
            + "60=20261121-12:00:00.000|34=2|49=TW|52=20261121-12:00:00.000|56=ISLD|")));
        assertEquals(34, decoder.errorTag());
        assertEquals(FixError.TOO_MANY_FIELDS, parse(complete(HB + "58=a|".repeat(70))));
    }

    @Test
    void shouldValidateDictionaryRules() {
        assertEquals(FixError.INVALID_TAG_NUMBER, validate(complete(HB + "5000=HI|")));
        assertEquals(5000, validator.errorTag());
        assertEquals(FixError.REQUIRED_TAG_MISSING, validate(complete("35=0|49=TW|34=2|52=20261121-12:00:00.000|")));
        assertEquals(56, validator.errorTag());
        assertEquals(FixError.REQUIRED_TAG_MISSING, validate(complete("35=D|49=TW|34=3|56=ISLD|"
            + "52=20261121-12:00:00.000|40=1|60=20261121-12:00:00.000|54=1|21=3|11=id|")));
        assertEquals(55, validator.errorTag());
        assertEquals(FixError.TAG_NOT_DEFINED_FOR_MESSAGE_TYPE, validate(complete(HB + "55=MSFT|")));
        assertEquals(55, validator.errorTag());
        final String order = "35=D|49=TW|56=ISLD|34=2|52=20261121-12:00:00.000|11=ID|40=1|54=1|55=INTC|"
            + "60=20261121-12:00:00.000|";
        assertEquals(FixError.INCORRECT_DATA_FORMAT, validate(complete(order + "38=+200.00|")));
        assertEquals(38, validator.errorTag());
        assertEquals(FixError.INCORRECT_DATA_FORMAT, validate(complete(order + "126=2026-11-21|")));
        assertEquals(FixError.INCORRECT_DATA_FORMAT, validate(complete(order + "44=1.2.3|")));
        assertEquals(FixError.OK, validate(complete(order + "38=002000.00|")));
        assertEquals(FixError.VALUE_OUT_OF_RANGE, validate(complete(order + "21=4|")));
        assertEquals(21, validator.errorTag());
        assertEquals(FixError.VALUE_OUT_OF_RANGE, validate(complete(order + "167=BOO|")));
        assertEquals(FixError.OK, validate(complete(order + "167=CS|")));
        assertEquals(FixError.INCORRECT_NUM_IN_GROUP, validate(complete(order
            + "386=3|336=PRE-OPEN|336=AFTER-HOURS|")));
        assertEquals(386, validator.errorTag());
        assertEquals(FixError.GROUP_FIELDS_OUT_OF_ORDER, validate(complete(order
            + "78=2|79=acct1|80=50|661=X|79=acct2|80=150|661=X|")));
        assertEquals(661, validator.errorTag());
        assertEquals(FixError.OK, validate(complete(order + "78=2|79=acct1|661=X|80=50|79=acct2|661=X|80=150|")));
        assertEquals(FixError.OK, validate(complete(order + "454=0|")));
        assertEquals(FixError.INVALID_MSG_TYPE,
            validate(complete("35=*|49=TW|56=ISLD|34=2|52=20261121-12:00:00.000|")));
    }

    @Test
    void shouldFrameAStreamCutAnywhere() {
        final String one = complete(HB);
        final String two = complete("35=1|49=TW|56=ISLD|34=3|52=20261121-12:00:00.000|112=HELLO|");
        final String stream = "noise" + one + two + one;
        final UnsafeBuffer in = buffer(stream);
        for (int cut = 1; cut < stream.length(); cut++) {
            final FixFramer framer = new FixFramer(1024, 512);
            final StringBuilder seen = new StringBuilder();
            framer.append(in, 0, cut);
            drain(framer, seen);
            framer.append(in, cut, stream.length() - cut);
            drain(framer, seen);
            assertEquals("S5 M" + one.length() + " M" + two.length() + " M" + one.length() + " ", seen.toString(),
                "cut at " + cut);
        }
    }

    @Test
    void shouldResynchroniseAfterWrongBodyLength() {
        final String one = complete(HB);
        final String bad = one.replaceFirst("\u00019=\\d+", "\u00019=9");
        final String noChecksum = soh("8=FIX.4.4|9=20|35=0|49=TW|");
        final String stream = bad + noChecksum + one;
        final FixFramer framer = new FixFramer(1024, 512);
        final UnsafeBuffer in = buffer(stream);
        framer.append(in, 0, in.capacity());
        final StringBuilder seen = new StringBuilder();
        drain(framer, seen);
        // a too-long BodyLength swallows the next message up to its CheckSum (QuickFIX/J's framing, script 2m): the
        // combined frame is garbled and ignored, the counterparty recovers it through a ResendRequest
        assertEquals("M" + bad.length() + " M" + (noChecksum.length() + one.length()) + " ", seen.toString());
        framer.append(in, 0, in.capacity());
        final StringBuilder again = new StringBuilder();
        drain(framer, again);
        assertEquals("M" + bad.length() + " M" + (noChecksum.length() + one.length()) + " ", again.toString(),
            "the framer is in step after the bad frames");
    }

    private static void drain(final FixFramer framer, final StringBuilder seen) {
        int result;
        while ((result = framer.next()) != FixFramer.NEED_MORE) {
            if (result == FixFramer.MESSAGE) {
                seen.append('M').append(framer.messageLength()).append(' ');
            } else if (seen.length() > 0 && seen.charAt(0) == 'S' && seen.indexOf("M") < 0) {
                final int skipped = Integer.parseInt(seen.substring(1, seen.length() - 1)) + framer.messageLength();
                seen.setLength(0);
                seen.append('S').append(skipped).append(' ');
            } else {
                seen.append('S').append(framer.messageLength()).append(' ');
            }
        }
    }
}
