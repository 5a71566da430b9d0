package dev.hft.net.fix.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ExpectedMessageTest {
    private static final ExpectedMessage REJECT = ExpectedMessage.parse(soh(
        "E8=FIX.4.4|9=96|35=3|34=2|49=ISLD|52=00000000-00:00:00.000|56=TW|45=2|58=Invalid tag number|371=999|10=0|"));

    private static String soh(final String text) {
        return text.replace('|', '\u0001');
    }

    private static String mismatch(final ExpectedMessage expected, final String actual) {
        return expected.mismatch(soh(actual));
    }

    @Test
    void shouldIgnoreOrderLengthChecksumAndTimes() {
        assertNull(mismatch(REJECT, "8=FIX.4.4|9=107|35=3|49=ISLD|34=2|52=20261121-12:25:02.185123|56=TW|"
            + "371=999|45=2|58=Invalid tag number, field=999|10=249|"));
    }

    @Test
    void shouldCompareTextAsAPrefix() {
        assertEquals("field 58 (Text) expected to start with <Invalid tag number> but was <Invalid tag>",
            mismatch(REJECT, "8=FIX.4.4|9=1|35=3|34=2|49=ISLD|52=x|56=TW|45=2|58=Invalid tag|371=999|10=0|"));
    }

    @Test
    void shouldReportAWrongValueAnUnexpectedFieldAMissingFieldAndAWrongType() {
        assertEquals("field 34 expected <2> but was <3>",
            mismatch(REJECT, "8=FIX.4.4|9=1|35=3|34=3|49=ISLD|52=x|56=TW|45=2|58=Invalid tag number|371=999|10=0|"));
        assertEquals("unexpected field 373=0", mismatch(REJECT,
            "8=FIX.4.4|9=1|35=3|34=2|49=ISLD|52=x|56=TW|45=2|58=Invalid tag number|371=999|373=0|10=0|"));
        assertEquals("missing field 52 (expected 52=00000000-00:00:00.000)",
            mismatch(REJECT, "8=FIX.4.4|9=1|35=3|34=2|49=ISLD|56=TW|45=2|58=Invalid tag number|371=999|10=0|"));
        assertEquals("wrong MsgType (35): expected 3 but was 0",
            mismatch(REJECT, "8=FIX.4.4|9=1|35=0|34=2|49=ISLD|52=x|56=TW|10=0|"));
    }

    @Test
    void shouldReadTheConnectionNumber() {
        assertEquals(1, REJECT.connection());
        assertEquals(2, ExpectedMessage.parse(soh("E2,8=FIX.4.4|35=A|")).connection());
        assertEquals("8=FIX.4.4|35=A|", ExpectedMessage.parse(soh("E2,8=FIX.4.4|35=A|")).printable());
    }
}
