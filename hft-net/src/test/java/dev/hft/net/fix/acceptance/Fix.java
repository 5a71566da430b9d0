package dev.hft.net.fix.acceptance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small tag=value helpers for the harness (test code: clarity over speed). */
final class Fix {
    /** {@code tag=value SOH} with a non-empty value, as QuickFIX/J's acceptance runner reads fields. */
    private static final Pattern FIELD = Pattern.compile("(\\d+)=([^\\u0001]+)\\u0001");

    private Fix() {
    }

    /**
     * The fields of a message as a map in first-seen order. A repeated tag keeps its last value and a field with an
     * empty value is not seen at all (QuickFIX/J's runner does the same, and the scripts are written against it).
     *
     * @param message text of a message (or of an {@code E} line).
     * @return tag to value.
     */
    static Map<String, String> fields(final CharSequence message) {
        final Map<String, String> fields = new LinkedHashMap<>();
        final Matcher m = FIELD.matcher(message);
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        return fields;
    }

    /**
     * A message for humans: SOH shown as {@code |}, other control bytes as {@code \xNN}.
     *
     * @param text ISO-8859-1 text.
     * @return the printable form.
     */
    static String printable(final CharSequence text) {
        final StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c == OutboundMessage.SOH) {
                out.append('|');
            } else if (c < 0x20 || c == 0x7F) {
                out.append(String.format("\\x%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
