package dev.hft.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceWriterTest {
    @Test
    void shouldBreakACodeLinePastTheColumnLimitAfterItsLastCommaThatFits() {
        final SourceWriter w = new SourceWriter();
        w.open("void f()");
        w.line("call(" + "a".repeat(60) + ", " + "b".repeat(60) + ");");
        w.close();

        assertEquals("void f() {\n    call(" + "a".repeat(60) + ",\n        " + "b".repeat(60) + ");\n}\n",
            w.toString());
    }

    @Test
    void shouldLeaveCommentsAndShortLinesAlone() {
        final String comment = " * " + "x, ".repeat(50);
        final SourceWriter w = new SourceWriter();
        w.line(comment).line("int a, b;");

        assertEquals(comment + "\nint a, b;\n", w.toString());
    }
}
