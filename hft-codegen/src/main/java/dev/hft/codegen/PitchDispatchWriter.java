package dev.hft.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the PITCH-dialect classes that span every message: the listener interface, the type switch the hand-written
 * packet walk ({@code PitchMessageDispatcher}) hands each checked message to, and the message table (type to length).
 */
final class PitchDispatchWriter extends DispatchWriter {
    private final String listener;
    private final String table;
    private final String dispatcher;

    PitchDispatchWriter(final Schema.Protocol protocol, final String origin) {
        super(protocol, origin);
        this.listener = protocol.attr("listener");
        this.table = protocol.attr("table");
        this.dispatcher = protocol.attr("dispatcher");
    }

    @Override
    List<GeneratedFile> files() {
        return List.of(
            new GeneratedFile(protocol.pkg(), listener, listener()),
            new GeneratedFile(protocol.pkg(), protocol.attr("switch"), typeSwitch()),
            new GeneratedFile(protocol.pkg(), table, table()));
    }

    private List<Schema.Message> messages() {
        final List<Schema.Message> messages = new ArrayList<>();
        for (final Schema.Message m : protocol.messages()) {
            if (!m.is("frame")) {
                messages.add(m);
            }
        }
        return messages;
    }

    @Override
    String callbackDoc(final Schema.Message m) {
        if (m.is("frame")) {
            return "The " + m.title() + " of a packet, before its messages (for a heartbeat, with a count of 0, the"
                + " only call).";
        }
        return "A " + m.title() + " message (type {@code " + PitchCodecWriter.hex(m.type()) + "}): "
            + m.description();
    }

    @Override
    String callbackName(final Schema.Message m) {
        return m.attr("callback", super.callbackName(m));
    }

    @Override
    String callbackParam(final Schema.Message m) {
        return m.is("frame") ? "header" : "message";
    }

    @Override
    String paramDoc(final String param) {
        return "the flyweight over it, valid only during the call.";
    }

    private String listener() {
        return listener(listener, List.of("Receives the messages of " + protocol.title() + " packets from a {@link "
            + dispatcher + "}, one {@code onXxx} method per message type, each a no-op by default so a listener"
            + " overrides only what it uses. Called on the thread that calls {@link " + dispatcher + "#onPacket};"
            + " every flyweight argument is valid only during the call (copy what you keep) and is reused for the"
            + " next message of its type.", "",
            "<p>Per packet the dispatcher calls {@link #onUnitHeader} once, then the message methods in wire order."
            + " Message {@code i} (from 0) of a unit has the sequence number {@code header.sequence() + i}, whether"
            + " it is delivered or skipped as malformed."), false, protocol.messages());
    }

    private String typeSwitch() {
        final String cls = protocol.attr("switch");
        final SourceWriter w = source();
        w.line("import org.agrona.DirectBuffer;").line("");
        w.javadoc(withNote(List.of("The type switch of {@link " + dispatcher + "}: one decoder per message type, made"
            + " once, wrapped over a message whose Length byte the dispatcher has checked against {@link " + table
            + "#messageLength}, and handed to the listener. Single-threaded; allocation-free.")));
        w.open("final class " + cls);
        decoders(w, messages());
        w.line("");
        w.javadoc(List.of("Wraps the type's decoder over a message and calls the listener.", "",
            "@param type     the Message Type byte, 0 to 255.", "@param buffer   the bytes.",
            "@param position where the message's Length byte is.", "@param listener what to call.",
            "@return {@code true} if the type is known and the message was delivered."));
        w.open("boolean dispatch(final int type, final DirectBuffer buffer, final int position, final " + listener
            + " listener)");
        w.open("switch (type)");
        for (final Schema.Message m : messages()) {
            final String call = "listener.on" + m.name() + "(" + m.variable() + ".wrap(buffer, position));";
            final String label = "case " + m.name() + "Decoder.TYPE -> ";
            if (12 + label.length() + call.length() <= SourceWriter.COLUMNS) {
                w.line(label + call);
            } else {
                w.line(label.substring(0, label.length() - 1));
                w.line("    " + call);
            }
        }
        w.open("default ->");
        w.line("return false;");
        w.close();
        w.close();
        w.line("return true;");
        w.close();
        w.close();
        return w.toString();
    }

    private String table() {
        final List<String> doc = new ArrayList<>();
        doc.add("The message types of " + protocol.title() + " (chapter 4, for equities) and their fixed lengths,"
            + " Length and Message Type bytes included; {@link " + protocol.attr("support") + "} has the data types"
            + " and the conversions.");
        doc.add("");
        doc.add("<pre>");
        doc.add("type  message                                length  decoder (encoder: same name, \"Encoder\")");
        for (final Schema.Message m : messages()) {
            doc.add(String.format("%s  %-38s %6d  %sDecoder", PitchCodecWriter.hex(m.type()), m.title() + " §"
                + m.section(), m.length(), m.name()));
        }
        doc.add("</pre>");
        return table(table, doc, List.of("Number of message types.", "COUNT = " + messages().size()), "byte",
            messages(), List.of("The fixed length of a message type, Length and Message Type bytes included.", "",
                "@param messageType the Message Type byte, 0 to 255.",
                "@return the length, or 0 for a type this codec does not know."),
            "public static int messageLength(final int messageType)", "return LENGTHS[messageType & 0xFF];");
    }
}
