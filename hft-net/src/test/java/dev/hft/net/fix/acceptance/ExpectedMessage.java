package dev.hft.net.fix.acceptance;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@code E} line: the message the acceptor must send next on a connection, compared as QuickFIX/J's acceptance
 * runner compares it, so that a script passes here exactly when it would pass there:
 * <ul>
 *   <li>fields are compared by tag as a map: order does not matter; a repeated tag counts with its last value; a
 *       field with an empty value is invisible;</li>
 *   <li>MsgType (35) must be equal;</li>
 *   <li>every field the acceptor sent, except 9, 10, 52, 60 and 122, must be expected with the same value; Text
 *       (58) only has to start with the expected value;</li>
 *   <li>every expected field, including 9, 10 and the time fields, must be present (values aside).</li>
 * </ul>
 * The scripts' BodyLength values are not compared: several are stale (11c expects 9=116 for a 123-byte body) and
 * QuickFIX/J's own build never compares them either (it runs with {@code atest.heartbeat}, which turns that check
 * off). Instead {@link ReplyFramer} checks that every received BodyLength and CheckSum is true to the bytes.
 */
final class ExpectedMessage {
    private static final Pattern PREFIX = Pattern.compile("^E(\\d+),.*", Pattern.DOTALL);
    private static final Set<String> UNCOMPARED = Set.of("9", "10", "52", "60", "122");

    private final String line;
    private final int connection;
    private final Map<String, String> fields;

    private ExpectedMessage(final String line) {
        this.line = line;
        final Matcher m = PREFIX.matcher(line);
        this.connection = m.matches() ? Integer.parseInt(m.group(1)) : 1;
        this.fields = Fix.fields(line);
    }

    /**
     * Parses an {@code E} line.
     *
     * @param line the whole line, starting with {@code E}, line terminator removed.
     * @return the expectation.
     */
    static ExpectedMessage parse(final String line) {
        if (line.isEmpty() || line.charAt(0) != 'E') {
            throw new IllegalArgumentException("not an E line: " + line);
        }
        return new ExpectedMessage(line);
    }

    /** The connection the message must arrive on (1-based). */
    int connection() {
        return connection;
    }

    /** The expected fields, tag to value, in script order. */
    Map<String, String> fields() {
        return fields;
    }

    /** The expected message as written, SOH shown as {@code |}. */
    String printable() {
        final int start = line.indexOf("8=");
        return Fix.printable(start < 0 ? line.substring(1) : line.substring(start));
    }

    /**
     * Compares a received message with this expectation.
     *
     * @param actual the received message, ISO-8859-1 text.
     * @return {@code null} when it matches, otherwise what differs (the first difference found).
     */
    String mismatch(final String actual) {
        final Map<String, String> got = Fix.fields(actual);
        if (!equal(fields.get("35"), got.get("35"))) {
            return "wrong MsgType (35): expected " + fields.get("35") + " but was " + got.get("35");
        }
        for (final Map.Entry<String, String> e : got.entrySet()) {
            final String tag = e.getKey();
            if (UNCOMPARED.contains(tag)) {
                continue;
            }
            final String want = fields.get(tag);
            if (want == null) {
                return "unexpected field " + tag + "=" + e.getValue();
            }
            if ("58".equals(tag)) {
                if (!e.getValue().startsWith(want)) {
                    return "field 58 (Text) expected to start with <" + want + "> but was <" + e.getValue() + ">";
                }
            } else if (!want.equals(e.getValue())) {
                return "field " + tag + " expected <" + want + "> but was <" + e.getValue() + ">";
            }
        }
        for (final String tag : fields.keySet()) {
            if (!got.containsKey(tag)) {
                return "missing field " + tag + " (expected " + tag + "=" + fields.get(tag) + ")";
            }
        }
        return null;
    }

    private static boolean equal(final String a, final String b) {
        return a == null ? b == null : a.equals(b);
    }

    @Override
    public String toString() {
        return "on " + connection + ": " + printable();
    }
}
