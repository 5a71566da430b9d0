package dev.hft.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the OUCH-dialect listeners and dispatchers, one of each per direction: inbound (client to venue, the
 * {@code requestListener} and {@code requestDispatcher} of the schema) and outbound (venue to client, its
 * {@code listener} and {@code dispatcher}). The length and appendage checks are the hand-written
 * {@code OuchMessageCheck}'s; the dispatchers only switch on the type.
 */
final class OuchDispatchWriter extends DispatchWriter {
    OuchDispatchWriter(final Schema.Protocol protocol, final String origin) {
        super(protocol, origin);
    }

    @Override
    List<GeneratedFile> files() {
        return List.of(
            new GeneratedFile(protocol.pkg(), protocol.attr("listener"), listener(false)),
            new GeneratedFile(protocol.pkg(), protocol.attr("requestListener"), listener(true)),
            new GeneratedFile(protocol.pkg(), protocol.attr("dispatcher"), dispatcher(false)),
            new GeneratedFile(protocol.pkg(), protocol.attr("requestDispatcher"), dispatcher(true)));
    }

    private List<Schema.Message> messages(final boolean inbound) {
        final List<Schema.Message> messages = new ArrayList<>();
        for (final Schema.Message m : protocol.messages()) {
            if (OuchCodecWriter.inbound(m) == inbound) {
                messages.add(m);
            }
        }
        return messages;
    }

    private String listenerName(final boolean inbound) {
        return protocol.attr(inbound ? "requestListener" : "listener");
    }

    private String dispatcherName(final boolean inbound) {
        return protocol.attr(inbound ? "requestDispatcher" : "dispatcher");
    }

    private static String what(final boolean inbound) {
        return inbound ? "requests from clients" : "messages from the venue";
    }

    @Override
    String callbackDoc(final Schema.Message m) {
        return m.title() + " ({@code '" + (char) m.type() + "'}): " + m.description();
    }

    private String listener(final boolean inbound) {
        return listener(listenerName(inbound), List.of("Receives decoded " + protocol.title() + " " + what(inbound)
            + " (the " + (inbound ? "venue's" : "client's") + " side of a session) from an {@link "
            + dispatcherName(inbound) + "}: one {@code onXxx} per message type, each a no-op by default so an"
            + " implementation overrides only what it uses.", "",
            "<p>Every call passes the dispatcher's own decoder, wrapped over the message's bytes: it is valid only"
            + " during the call. Read the fields you need inside the call, or copy them (never keep the decoder)."
            + " Calls arrive on the thread that feeds the dispatcher; the dispatcher allocates nothing, and neither"
            + " should an implementation on the hot path."), true, messages(inbound));
    }

    private String dispatcher(final boolean inbound) {
        final String cls = dispatcherName(inbound);
        final String listener = listenerName(inbound);
        final SourceWriter w = source();
        dispatcherStart(w, cls, "", listener, List.of(), List.of("Decodes " + protocol.title() + " " + what(inbound)
            + " and hands each to an {@link " + listener + "}: reads the type byte, checks the length against the"
            + " type's fixed {@code LENGTH} and,"
            + " for types with an optional appendage, the Appendage Length and every option's length (see {@link"
            + " OuchAppendage#validate}), wraps the type's decoder (one of each, made at construction) and calls the"
            + " listener's {@code onXxx}. Zero allocation; never throws for bad input.", "",
            "<p>Bad input is counted in the {@link WireErrorCounters} given at construction (reported with the"
            + " sequence number when known, else -1, and the message's bytes), then:",
            "<ul>",
            "    <li>empty, or shorter than its type's {@code LENGTH}: {@link WireError#TRUNCATED}, skipped, {@link"
            + " #TRUNCATED} returned;</li>",
            "    <li>an unknown type byte: {@link WireError#UNKNOWN_MESSAGE_TYPE}, skipped, {@link"
            + " #UNKNOWN_MESSAGE_TYPE} returned;</li>",
            "    <li>an Appendage Length past the end of the message, or an option whose length byte is 0, runs past"
            + " the appendage or does not match its tag's value size: {@link WireError#BAD_LENGTH}, skipped, {@link"
            + " #BAD_APPENDAGE} returned (the fixed fields may be fine, but the framing is not what the spec says,"
            + " so nothing of it is trusted);</li>",
            "    <li>longer than its fixed fields plus appendage: {@link WireError#BAD_LENGTH} counted, and the"
            + " message is still decoded and delivered (every field is present; the extra bytes are ignored);</li>",
            "    <li>an offset or length outside the buffer: {@link WireError#BAD_LENGTH}, skipped, {@link"
            + " #OUT_OF_BOUNDS} returned (reported without bytes).</li>",
            "</ul>",
            "Field values (sides, codes) are not validated: that is for the consumer. Single-threaded."),
            List.of("empty, or shorter than its type's length; skipped.", "TRUNCATED = OuchMessageCheck.TRUNCATED",
                "not a known message type; skipped.", "UNKNOWN_MESSAGE_TYPE = -2",
                "offset or length outside the buffer; skipped.", "OUT_OF_BOUNDS = -3",
                "the optional appendage is malformed; skipped.", "BAD_APPENDAGE = OuchMessageCheck.BAD_APPENDAGE"),
            "counts and reports bad input.", onMessageReturns(), messages(inbound));
        dispatchSignature(w, "the message's sequence number in its transport (SoupBinTCP), or -1 if there is"
            + " none.");
        w.open("if (offset < 0 || length < 0 || offset > buffer.capacity() - length)");
        w.line("errors.report(WireError.BAD_LENGTH, sequenceNumber);");
        w.line("return OUT_OF_BOUNDS;");
        w.close();
        w.open("if (length == 0)");
        w.line("errors.report(WireError.TRUNCATED, sequenceNumber, buffer, offset, length);");
        w.line("return TRUNCATED;");
        w.close();
        w.line("final byte type = buffer.getByte(offset);");
        w.line("final int checked;");
        w.open("switch (type)");
        for (final Schema.Message m : messages(inbound)) {
            final String decoder = m.name() + "Decoder";
            w.line("case " + decoder + ".TYPE:");
            w.line("    checked = check(sequenceNumber, buffer, offset, length, " + decoder + ".LENGTH, "
                + (OuchCodecWriter.appendage(m) != null) + ");");
            w.line("    if (checked < 0) {");
            w.line("        return checked;");
            w.line("    }");
            w.line("    listener.on" + m.name() + "(" + m.variable() + ".wrap(buffer, offset));");
            w.line("    return type;");
        }
        w.line("default:");
        w.line("    errors.report(WireError.UNKNOWN_MESSAGE_TYPE, sequenceNumber, buffer, offset, length);");
        w.line("    return UNKNOWN_MESSAGE_TYPE;");
        w.close();
        w.close().line("");
        w.line("private int check(final long sequenceNumber, final DirectBuffer buffer, final int offset, final int"
            + " length,");
        w.open("    final int fixedLength, final boolean hasAppendage)");
        w.line("return OuchMessageCheck.check(errors, sequenceNumber, buffer, offset, length, fixedLength,"
            + " hasAppendage);");
        w.close().line("");
        dispatcherEnd(w, listener);
        return w.toString();
    }

    private static String onMessageReturns() {
        return "the message's type byte (a value {@code > 0}) if it was delivered; {@link #TRUNCATED}, {@link"
            + " #UNKNOWN_MESSAGE_TYPE}, {@link #BAD_APPENDAGE} or {@link #OUT_OF_BOUNDS} if it was skipped.";
    }
}
