package dev.hft.net.fix.acceptance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed acceptance script. Files are ISO-8859-1 with real SOH separators; lines end in LF or CRLF. A line is, in
 * this order of precedence: a comment ({@code #} after optional blanks), a message to send ({@code I...}), a message
 * to expect ({@code E...}), {@code i[n,]CONNECT}, {@code iSET_SESSION <id> <key>=<value>}, {@code e[n,]DISCONNECT},
 * or blank. Anything else is a parse error (QuickFIX/J's runner would skip it silently; a typo should not pass).
 */
final class Script {
    private static final Pattern COMMENT = Pattern.compile("^[ \\t]*#.*");
    private static final Pattern CONNECT = Pattern.compile("^i(\\d*),?CONNECT");
    private static final Pattern SET_SESSION = Pattern.compile("^iSET_SESSION (.*) (.*)=(.*)");
    private static final Pattern DISCONNECT = Pattern.compile("^e(\\d*),?DISCONNECT");

    private final String name;
    private final List<Step> steps;

    private Script(final String name, final List<Step> steps) {
        this.name = name;
        this.steps = List.copyOf(steps);
    }

    /**
     * Reads and parses a script file.
     *
     * @param file a {@code .def} file.
     * @return the script, named after the file.
     */
    static Script load(final Path file) {
        try {
            return parse(file.getFileName().toString(),
                new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read acceptance script " + file, e);
        }
    }

    /**
     * Parses script text.
     *
     * @param name the script's name, for messages.
     * @param text the whole file, decoded as ISO-8859-1.
     * @return the script.
     */
    static Script parse(final String name, final String text) {
        final List<Step> steps = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new StringReader(text))) {
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                final Step step = step(name, lineNo, line);
                if (step != null) {
                    steps.add(step);
                }
            }
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Script(name, steps);
    }

    private static Step step(final String name, final int lineNo, final String line) {
        if (COMMENT.matcher(line).matches()) {
            return new Step.Comment(lineNo, line.trim());
        }
        if (line.startsWith("I")) {
            return new Step.Send(lineNo, OutboundMessage.parse(line));
        }
        if (line.startsWith("E")) {
            return new Step.Expect(lineNo, ExpectedMessage.parse(line));
        }
        Matcher m = CONNECT.matcher(line);
        if (m.matches()) {
            return new Step.Connect(lineNo, connection(m.group(1)));
        }
        m = SET_SESSION.matcher(line);
        if (m.matches()) {
            return new Step.SetSession(lineNo, m.group(1), m.group(2), m.group(3));
        }
        m = DISCONNECT.matcher(line);
        if (m.matches()) {
            return new Step.ExpectDisconnect(lineNo, connection(m.group(1)));
        }
        if (line.isBlank()) {
            return null;
        }
        throw new IllegalArgumentException(name + " line " + lineNo + ": not a script step: " + Fix.printable(line));
    }

    private static int connection(final String digits) {
        return digits.isEmpty() ? 1 : Integer.parseInt(digits);
    }

    /** The script's name (its file name). */
    String name() {
        return name;
    }

    /** The steps in file order, comments included. */
    List<Step> steps() {
        return steps;
    }

    @Override
    public String toString() {
        return name;
    }
}
