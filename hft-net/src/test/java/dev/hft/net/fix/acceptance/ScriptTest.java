package dev.hft.net.fix.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ScriptTest {
    private static Script parse(final String text) {
        return Script.parse("test.def", text.replace('|', '\u0001'));
    }

    @Test
    void shouldParseEveryKindOfLineWithLfOrCrlf() {
        final Script script = parse("# a comment\r\n\r\niCONNECT\r\nI8=FIX.4.4|35=A|\nE8=FIX.4.4|35=A|\n"
            + "iSET_SESSION FIX.4.4:ISLD->TW NEXTTARGETSEQNUM=5\n   # indented\ni2,CONNECT\ne2,DISCONNECT\n"
            + "eDISCONNECT");
        final List<Step> steps = script.steps();
        assertEquals(9, steps.size());
        assertEquals(new Step.Comment(1, "# a comment"), steps.get(0));
        assertEquals(new Step.Connect(3, 1), steps.get(1));
        assertEquals(1, ((Step.Send) steps.get(2)).message().connection());
        assertEquals("A", ((Step.Expect) steps.get(3)).message().fields().get("35"));
        assertEquals(new Step.SetSession(6, "FIX.4.4:ISLD->TW", "NEXTTARGETSEQNUM", "5"), steps.get(4));
        assertEquals(new Step.Comment(7, "# indented"), steps.get(5));
        assertEquals(new Step.Connect(8, 2), steps.get(6));
        assertEquals(new Step.ExpectDisconnect(9, 2), steps.get(7));
        assertEquals(new Step.ExpectDisconnect(10, 1), steps.get(8));
    }

    @Test
    void shouldRejectALineThatIsNoStep() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> parse("iCONNECT\neDISCONNECTED\n"));
        assertEquals("test.def line 2: not a script step: eDISCONNECTED", e.getMessage());
    }

    @Test
    void shouldParseAllSixtyFiveScripts() throws IOException {
        final List<Path> files = AcceptanceSuite.scripts();
        assertEquals(AcceptanceSuite.SCRIPT_COUNT, files.size());
        for (final Path file : files) {
            final Script script = Script.load(file);
            assertTrue(script.steps().stream().anyMatch(s -> s instanceof Step.Connect), script.name());
            assertTrue(script.steps().stream()
                .anyMatch(s -> s instanceof Step.Expect || s instanceof Step.ExpectDisconnect), script.name());
        }
    }

    @Test
    void shouldReadTheTwoConnectionsOfTheDuplicateIdentityScript() throws IOException {
        final Script script = Script.load(AcceptanceSuite.scripts().stream()
            .filter(f -> f.getFileName().toString().equals("1b_DuplicateIdentity.def")).findFirst().orElseThrow());
        final List<String> shape = script.steps().stream().filter(s -> !(s instanceof Step.Comment))
            .map(ScriptTest::shape).collect(Collectors.toList());
        assertEquals(List.of("connect 1", "send 1", "expect 1", "connect 2", "send 2", "disconnect 2"), shape);
    }

    private static String shape(final Step step) {
        if (step instanceof Step.Connect) {
            return "connect " + ((Step.Connect) step).connection();
        }
        if (step instanceof Step.Send) {
            return "send " + ((Step.Send) step).message().connection();
        }
        if (step instanceof Step.Expect) {
            return "expect " + ((Step.Expect) step).message().connection();
        }
        if (step instanceof Step.ExpectDisconnect) {
            return "disconnect " + ((Step.ExpectDisconnect) step).connection();
        }
        return step.toString();
    }
}
