package dev.hft.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the ITCH-dialect classes that span every message: the listener interface, its forwarding decorator, the
 * dispatcher (type switch, length check, error counting) and the message table (type to length).
 */
final class ItchDispatchWriter extends DispatchWriter {
    private final String listener;
    private final String dispatcher;
    private final String table;

    ItchDispatchWriter(final Schema.Protocol protocol, final String origin) {
        super(protocol, origin);
        this.listener = protocol.attr("listener");
        this.dispatcher = protocol.attr("dispatcher");
        this.table = protocol.attr("table");
    }

    @Override
    List<GeneratedFile> files() {
        return List.of(
            new GeneratedFile(protocol.pkg(), listener, listener()),
            new GeneratedFile(protocol.pkg(), protocol.attr("forwarding"), forwarding()),
            new GeneratedFile(protocol.pkg(), dispatcher, dispatcher()),
            new GeneratedFile(protocol.pkg(), table, table()));
    }

    private static String quoted(final Schema.Message m) {
        return "{@code '" + (char) m.type() + "'}";
    }

    @Override
    String callbackDoc(final Schema.Message m) {
        return m.title() + " (" + quoted(m) + ", section " + m.section() + "): " + m.description();
    }

    private String listener() {
        return listener(listener, List.of("Receives decoded " + protocol.title() + " messages from an {@link "
            + dispatcher + "}: one {@code onXxx} per message type, each a no-op by default so an implementation"
            + " overrides only what it uses (a book builder needs the order messages, a trade recorder the executions"
            + " and trades).", "",
            "<p>Every call passes the dispatcher's own decoder, wrapped over the message's bytes: it is valid only"
            + " during the call, and the dispatcher wraps it over the next message afterwards. Read the fields you"
            + " need inside the call, or copy them (never keep the decoder). Calls arrive on the thread that feeds"
            + " the dispatcher; the dispatcher allocates nothing, and neither should an implementation on the hot"
            + " path."), true, protocol.messages());
    }

    private String forwarding() {
        final String cls = protocol.attr("forwarding");
        final SourceWriter w = source();
        w.javadoc(List.of("An {@link " + listener + "} that hands every message to a delegate after calling {@link"
            + " #beforeMessage()}: the place for a stage timestamp (\"decoded\"), a counter or a filter between the"
            + " dispatcher and a book builder, without writing the " + protocol.messages().size() + " forwarding"
            + " methods again. A plain method call per message; allocation-free.", "", generatedNote()));
        w.open("public class " + cls + " implements " + listener);
        w.line("private final " + listener + " delegate;").line("");
        w.javadoc(List.of("Creates a listener that forwards to {@code delegate}.", "",
            "@param delegate receives every message after {@link #beforeMessage()}."));
        w.open("public " + cls + "(final " + listener + " delegate)").line("this.delegate = delegate;").close();
        w.line("");
        w.javadoc(List.of("Called before each message is handed on, on the dispatcher's thread; a no-op by default."));
        w.open("protected void beforeMessage()").close();
        for (final Schema.Message m : protocol.messages()) {
            w.line("").line("@Override");
            w.open("public void on" + m.name() + "(final " + m.name() + "Decoder message)");
            w.line("beforeMessage();");
            w.line("delegate.on" + m.name() + "(message);");
            w.close();
        }
        w.close();
        return w.toString();
    }

    private String dispatcher() {
        final SourceWriter w = source();
        dispatcherStart(w, dispatcher, " implements MoldUdp64MessageHandler", listener,
            List.of("dev.hft.net.moldudp64.MoldUdp64MessageHandler"), List.of("Decodes " + protocol.title()
            + " messages and hands each to an {@link " + listener + "}: reads the type byte, checks the length against"
            + " the type's fixed {@code LENGTH}, wraps the type's decoder (one of each, made at construction) and"
            + " calls the listener's {@code onXxx}. Zero"
            + " allocation; never throws for bad input.", "",
            "<p>Feeding it:",
            "<pre>",
            dispatcher + " itch = new " + dispatcher + "(listener, new WireErrorCounters(\"itch\", errorListener));",
            "packet.forEachMessage(itch);                       // MoldUDP64: it is a MoldUdp64MessageHandler"
                + " (sequence known)",
            "int result = itch.onMessage(buffer, offset, length); // any other framing (SoupBinTCP, BinaryFILE): no"
                + " sequence",
            "</pre>", "",
            "<p>Bad input is counted in the {@link WireErrorCounters} given at construction (reported with the"
            + " message's sequence number when known, else -1, and its bytes), then:",
            "<ul>",
            "    <li>empty or shorter than its type's {@code LENGTH}: {@link WireError#TRUNCATED}, skipped, {@link"
            + " #TRUNCATED} returned;</li>",
            "    <li>an unknown type byte: {@link WireError#UNKNOWN_MESSAGE_TYPE}, skipped, {@link"
            + " #UNKNOWN_MESSAGE_TYPE} returned;</li>",
            "    <li>longer than its type's {@code LENGTH}: {@link WireError#BAD_LENGTH} counted, and the message is"
            + " still decoded and delivered (its fixed fields are all present; the extra bytes are ignored), so the"
            + " type byte is returned. Every message type has a fixed length, so this means a framing error"
            + " upstream or a newer protocol revision, either of which the counter makes visible without losing the"
            + " message;</li>",
            "    <li>an offset or length outside the buffer: {@link WireError#BAD_LENGTH}, skipped, {@link"
            + " #OUT_OF_BOUNDS} returned (reported without bytes).</li>",
            "</ul>",
            "Field values (sides, states, codes) are not validated: that is for the consumer. The dispatcher keeps"
            + " working after any of these.", "",
            "<p>Single-threaded: call it from one thread at a time. The listener and error listener run on that"
            + " thread."),
            List.of("empty, or shorter than its type's length; skipped.", "TRUNCATED = -1",
                "not a message type of the protocol; skipped.", "UNKNOWN_MESSAGE_TYPE = -2",
                "offset or length outside the buffer; skipped.", "OUT_OF_BOUNDS = -3"),
            "counts and reports bad input; its source name appears in every report (e.g. {@code \"itch\"}).",
            onMessageReturns(), protocol.messages());
        w.javadoc(List.of("Decodes one message of a MoldUDP64 packet and delivers it to the listener, so a dispatcher"
            + " is the handler of {@code MoldUdp64PacketDecoder.forEachMessage}; errors are reported with the"
            + " sequence number.", "", "@param sequenceNumber the message's sequence number.",
            "@param buffer         the bytes.", "@param offset         where the message starts.",
            "@param length         the message length."));
        w.line("@Override");
        w.open("public void onMessage(final long sequenceNumber, final DirectBuffer buffer, final int offset,"
            + " final int length)");
        w.line("dispatch(sequenceNumber, buffer, offset, length);");
        w.close().line("");
        dispatchSignature(w, "the message's sequence number in its transport, or -1 if there is none.");
        w.open("if (offset < 0 || length <= 0 || offset > buffer.capacity() - length)");
        w.line("return badFrame(sequenceNumber, buffer, offset, length);");
        w.close();
        w.line("final byte type = buffer.getByte(offset);");
        w.line("final int expected = " + table + ".messageLength(type);");
        w.open("if (length != expected && isTruncated(sequenceNumber, buffer, offset, length, expected))");
        w.line("return TRUNCATED;");
        w.close();
        final List<Schema.Message> hot = new ArrayList<>();
        final List<Schema.Message> other = new ArrayList<>();
        for (final Schema.Message m : protocol.messages()) {
            (m.is("hot") ? hot : other).add(m);
        }
        w.open("switch (type)");
        for (final Schema.Message m : hot) {
            w.line("case " + m.name() + "Decoder.TYPE:");
            w.line("    on" + m.name() + "(buffer, offset);");
            w.line("    return type;");
        }
        w.line("default:");
        w.line("    return dispatchOther(type, sequenceNumber, buffer, offset, length);");
        w.close();
        w.close().line("");
        w.javadoc(List.of("The messages not marked {@code hot} in the schema (administrative, auction and"
            + " trade-correction messages): rare next to order flow and mostly large, so they are kept out of {@link"
            + " #dispatch}, whose compiled code then stays small enough to inline the order messages' decoding into"
            + " it."));
        w.line("private int dispatchOther(");
        w.open("    final byte type, final long sequenceNumber, final DirectBuffer buffer, final int offset,"
            + " final int length)");
        w.open("switch (type)");
        cases(w, other);
        w.line("default:");
        w.line("    errors.report(WireError.UNKNOWN_MESSAGE_TYPE, sequenceNumber, buffer, offset, length);");
        w.line("    return UNKNOWN_MESSAGE_TYPE;");
        w.close();
        w.close().line("");
        for (final Schema.Message m : hot) {
            w.line("private void on" + m.name() + "(final DirectBuffer buffer, final int offset) {");
            w.line("    listener.on" + m.name() + "(" + m.variable() + ".wrapUnchecked(buffer, offset));");
            w.line("}");
            w.line("");
        }
        w.doc("Reports an offset or length outside the buffer, or an empty message.");
        w.line("private int badFrame(final long sequenceNumber, final DirectBuffer buffer, final int offset,"
            + " final int length) {");
        w.line("    if (offset < 0 || length < 0 || offset > buffer.capacity() - length) {");
        w.line("        errors.report(WireError.BAD_LENGTH, sequenceNumber);");
        w.line("        return OUT_OF_BOUNDS;");
        w.line("    }");
        w.line("    errors.report(WireError.TRUNCATED, sequenceNumber, buffer, offset, length);");
        w.line("    return TRUNCATED;");
        w.line("}");
        w.line("");
        w.doc("Counts a length that is not its known type's: truncated (skip the message) or over-long (decode it"
            + " anyway); an unknown type ({@code expected < 0}) is left to the switch.");
        w.line("private boolean isTruncated(final long sequenceNumber, final DirectBuffer buffer, final int offset,");
        w.open("    final int length, final int expected)");
        w.open("if (expected < 0)");
        w.line("return false;");
        w.close();
        w.open("if (length < expected)");
        w.line("errors.report(WireError.TRUNCATED, sequenceNumber, buffer, offset, length);");
        w.line("return true;");
        w.close();
        w.line("errors.report(WireError.BAD_LENGTH, sequenceNumber, buffer, offset, length);");
        w.line("return false;");
        w.close().line("");
        dispatcherEnd(w, listener);
        return w.toString();
    }

    private static String onMessageReturns() {
        return "the message's type byte (a value {@code > 0}) if it was delivered, including a message longer than"
            + " its type's length (counted as {@link WireError#BAD_LENGTH}); {@link #TRUNCATED}, {@link"
            + " #UNKNOWN_MESSAGE_TYPE} or {@link #OUT_OF_BOUNDS} if it was skipped.";
    }

    /** One case per message: the length was checked against the type's before the switch. */
    private static void cases(final SourceWriter w, final List<Schema.Message> messages) {
        for (final Schema.Message m : messages) {
            final String decoder = m.name() + "Decoder";
            w.line("case " + decoder + ".TYPE:");
            w.line("    listener.on" + m.name() + "(" + m.variable() + ".wrapUnchecked(buffer, offset));");
            w.line("    return type;");
        }
    }

    private String table() {
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (final Schema.Message m : protocol.messages()) {
            min = Math.min(min, m.length());
            max = Math.max(max, m.length());
        }
        final List<String> doc = new ArrayList<>();
        doc.add("The message types of " + protocol.title() + " and their fixed lengths; {@link "
            + protocol.attr("support") + "} has the common header and the conventions.");
        doc.add("");
        doc.add("<pre>");
        doc.add("type  length  section  decoder");
        for (final Schema.Message m : protocol.messages()) {
            doc.add(String.format(" %c    %4d    %-7s  %sDecoder", (char) m.type(), m.length(), m.section(),
                m.name()));
        }
        doc.add("</pre>");
        return table(table, doc, List.of("Length of the shortest message type.", "MIN_LENGTH = " + min,
            "Length of the longest message type.", "MAX_LENGTH = " + max,
            "Number of message types.", "COUNT = " + protocol.messages().size()), "int", protocol.messages(),
            List.of("The length of a message type: every message type has a fixed length.", "",
                "@param type the message type byte.",
                "@return the type's {@code LENGTH}, or {@code -1} if the byte is not a message type of the protocol."),
            "public static int messageLength(final byte type)",
            "final int length = LENGTHS[type & 0xFF];", "return length == 0 ? -1 : length;");
    }
}
