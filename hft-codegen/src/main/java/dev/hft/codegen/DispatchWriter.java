package dev.hft.codegen;

import java.util.List;

/**
 * Writes the classes that span every message of a protocol, the parts all dialects share: the listener interface
 * (one no-op {@code onXxx} per message), the dispatcher's result constants, decoders, constructor, entry point and
 * accessors, and the message table (type to length). A dialect subclass decides which classes it generates, what
 * its dispatcher checks and the text of its Javadoc.
 */
abstract class DispatchWriter extends DialectWriter {
    DispatchWriter(final Schema.Protocol protocol, final String origin) {
        super(protocol, origin);
    }

    /** The Javadoc of a listener's callback for one message (the {@code @param} line excluded). */
    abstract String callbackDoc(Schema.Message m);

    /** The name of a listener's callback for one message. */
    String callbackName(final Schema.Message m) {
        return "on" + m.name();
    }

    /** The name and Javadoc of the callback's parameter. */
    String callbackParam(final Schema.Message m) {
        return "message";
    }

    /**
     * A listener interface: one default no-op callback per message.
     *
     * @param cls      the interface name.
     * @param doc      its Javadoc paragraphs (the generated note is added).
     * @param noOp     whether it declares a {@code NO_OP} instance.
     * @param messages the messages, one callback each.
     * @return the source.
     */
    final String listener(final String cls, final List<String> doc, final boolean noOp,
        final List<Schema.Message> messages) {
        final SourceWriter w = source();
        w.javadoc(withNote(doc));
        w.open("public interface " + cls);
        boolean first = true;
        if (noOp) {
            w.doc("A listener that ignores every message.");
            w.line(cls + " NO_OP = new " + cls + "() {");
            w.line("};");
            first = false;
        }
        for (final Schema.Message m : messages) {
            if (!first) {
                w.line("");
            }
            first = false;
            final String param = callbackParam(m);
            w.javadoc(List.of(callbackDoc(m), "", "@param " + param + " " + paramDoc(param)));
            w.open("default void " + callbackName(m) + "(final " + m.name() + "Decoder " + param + ")");
            w.close();
        }
        w.close();
        return w.toString();
    }

    /** The {@code @param} text of a listener callback's flyweight. */
    String paramDoc(final String param) {
        return "the decoder, wrapped over the message; valid only during the call.";
    }

    /**
     * Declares one decoder field per message, made once.
     *
     * @param w        where.
     * @param messages the messages.
     */
    static void decoders(final SourceWriter w, final List<Schema.Message> messages) {
        for (final Schema.Message m : messages) {
            w.line("private final " + m.name() + "Decoder " + m.variable() + " = new " + m.name() + "Decoder();");
        }
    }

    /**
     * The start of a dispatcher class: imports, Javadoc, the result constants, listener, error counters, decoders
     * and the constructor.
     *
     * @param w          where.
     * @param cls        the dispatcher class name.
     * @param declared   what follows {@code public final class NAME} (e.g. an {@code implements} clause), or empty.
     * @param listener   the listener interface name.
     * @param imports    extra imports after the error classes.
     * @param doc        the class Javadoc (the generated note is added).
     * @param constants  pairs of Javadoc and declaration of the result constants.
     * @param errorsDoc  the {@code @param errors} text of the constructor.
     * @param returns    the {@code @return} text of {@code onMessage}.
     * @param messages   the messages it decodes.
     */
    final void dispatcherStart(final SourceWriter w, final String cls, final String declared, final String listener,
        final List<String> imports, final List<String> doc, final List<String> constants, final String errorsDoc,
        final String returns, final List<Schema.Message> messages) {
        w.line("import java.util.Objects;").line("");
        w.line("import dev.hft.net.WireError;");
        w.line("import dev.hft.net.WireErrorCounters;");
        for (final String line : imports) {
            w.line("import " + line + ";");
        }
        w.line("import org.agrona.DirectBuffer;").line("");
        w.javadoc(withNote(doc));
        w.open("public final class " + cls + declared);
        for (int i = 0; i < constants.size(); i += 2) {
            w.doc("{@link #onMessage(DirectBuffer, int, int)} result: " + constants.get(i));
            w.line("public static final int " + constants.get(i + 1) + ";");
        }
        w.line("");
        w.line("private final " + listener + " listener;");
        w.line("private final WireErrorCounters errors;");
        decoders(w, messages);
        w.line("");
        w.javadoc(List.of("Creates a dispatcher and its decoders.", "",
            "@param listener receives every message that can be decoded.", "@param errors   " + errorsDoc));
        w.open("public " + cls + "(final " + listener + " listener, final WireErrorCounters errors)");
        w.line("this.listener = Objects.requireNonNull(listener, \"listener\");");
        w.line("this.errors = Objects.requireNonNull(errors, \"errors\");");
        w.close().line("");
        w.javadoc(List.of("Decodes one message and delivers it to the listener.", "", "@param buffer the bytes.",
            "@param offset where the message (its type byte) starts.",
            "@param length the message length, as framed by the transport.", "@return " + returns));
        w.open("public int onMessage(final DirectBuffer buffer, final int offset, final int length)");
        w.line("return dispatch(-1L, buffer, offset, length);");
        w.close().line("");
    }

    /**
     * The Javadoc and signature of {@code dispatch}, which the caller then fills.
     *
     * @param w           where.
     * @param sequenceDoc what the sequence number is.
     */
    static void dispatchSignature(final SourceWriter w, final String sequenceDoc) {
        w.javadoc(List.of("Decodes one message and delivers it to the listener, reporting errors with a sequence"
            + " number.", "", "@param sequenceNumber " + sequenceDoc, "@param buffer         the bytes.",
            "@param offset         where the message (its type byte) starts.",
            "@param length         the message length, as framed by the transport.",
            "@return as {@link #onMessage(DirectBuffer, int, int)}."));
        w.open("public int dispatch(final long sequenceNumber, final DirectBuffer buffer, final int offset,"
            + " final int length)");
    }

    /**
     * The end of a dispatcher class: its {@code listener()} and {@code errors()} accessors and the closing brace.
     *
     * @param w        where.
     * @param listener the listener interface name.
     */
    static void dispatcherEnd(final SourceWriter w, final String listener) {
        w.javadoc(List.of("The listener given at construction.", "", "@return the listener."));
        w.open("public " + listener + " listener()").line("return listener;").close().line("");
        w.javadoc(List.of("The error counters given at construction.", "", "@return the counters."));
        w.open("public WireErrorCounters errors()").line("return errors;").close();
        w.close();
    }

    /**
     * A message table: a static array of each type's fixed length and its look-up.
     *
     * @param cls       the class name.
     * @param doc       the class Javadoc (the generated note is added).
     * @param constants pairs of Javadoc and declaration of its constants.
     * @param element   the array's element type ({@code int} or {@code byte}).
     * @param messages  the messages.
     * @param lookupDoc the look-up's Javadoc.
     * @param signature the look-up's declaration.
     * @param body      the look-up's statements.
     * @return the source.
     */
    final String table(final String cls, final List<String> doc, final List<String> constants, final String element,
        final List<Schema.Message> messages, final List<String> lookupDoc, final String signature,
        final String... body) {
        final SourceWriter w = source();
        w.javadoc(withNote(doc));
        w.open("public final class " + cls);
        for (int i = 0; i < constants.size(); i += 2) {
            w.doc(constants.get(i));
            w.line("public static final int " + constants.get(i + 1) + ";");
        }
        w.line("");
        w.line("private static final " + element + "[] LENGTHS = new " + element + "[256];").line("");
        w.open("static");
        for (final Schema.Message m : messages) {
            w.line("LENGTHS[" + m.name() + "Decoder.TYPE] = " + m.name() + "Decoder.LENGTH;");
        }
        w.close().line("");
        w.open("private " + cls + "()").close().line("");
        w.javadoc(lookupDoc);
        w.open(signature);
        for (final String line : body) {
            w.line(line);
        }
        w.close();
        w.close();
        return w.toString();
    }
}
