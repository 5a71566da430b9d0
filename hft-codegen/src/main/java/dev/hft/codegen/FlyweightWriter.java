package dev.hft.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Writes the fixed-layout decoder and encoder of every message, the part all dialects share: the class skeleton, the
 * flyweight state and its {@code wrap}, the unchecked reads and writes in the protocol's byte order, the getter and
 * setter methods, {@code toString}/{@code appendTo} and the Javadoc layout table. A dialect subclass supplies only
 * what its protocol does differently: its framing (type byte, Length byte, appendage), its header fields, its field
 * types' Java forms and the text of its Javadoc.
 *
 * <p>Every flyweight starts over a zero-filled scratch array of {@code WireAccess} (one read-only for decoders, one
 * for encoders), not over address 0: a getter or setter called before the first {@code wrap} reads zeros or writes
 * scratch instead of crashing the JVM, at no cost to a wrapped flyweight (no branch).
 */
abstract class FlyweightWriter extends DialectWriter {
    private final String order;
    /** The field whose getters are being written, so that their Javadoc lists its named values. */
    private Schema.Field documented;

    /**
     * A writer for one protocol.
     *
     * @param protocol  the schema.
     * @param origin    the schema file name.
     * @param bigEndian the protocol's byte order.
     */
    FlyweightWriter(final Schema.Protocol protocol, final String origin, final boolean bigEndian) {
        super(protocol, origin);
        this.order = bigEndian ? "BigEndian" : "LittleEndian";
    }

    @Override
    final List<GeneratedFile> files() {
        final List<GeneratedFile> files = new ArrayList<>();
        for (final Schema.Message message : protocol.messages()) {
            files.add(new GeneratedFile(protocol.pkg(), message.name() + "Decoder", decoder(message)));
            files.add(new GeneratedFile(protocol.pkg(), message.name() + "Encoder", encoder(message)));
        }
        return files;
    }

    // ---------------------------------------------------------------- dialect parts

    /** The class Javadoc of the decoder, layout table included. */
    abstract List<String> decoderDoc(Schema.Message m);

    /** The class Javadoc of the encoder. */
    abstract List<String> encoderDoc(Schema.Message m);

    /** The decoder's constants: {@code TYPE}, {@code LENGTH}, the offsets. */
    abstract void decoderConstants(SourceWriter w, Schema.Message m);

    /** The encoder's constants: {@code TYPE} and {@code LENGTH}. */
    abstract void encoderConstants(SourceWriter w, Schema.Message m);

    /** The getter(s) of one field. */
    abstract void getters(SourceWriter w, String cls, Schema.Message m, Schema.Field f);

    /** The setter(s) of one field. */
    abstract void setters(SourceWriter w, String cls, Schema.Message m, Schema.Field f);

    /** The type column of the layout table: {@code alpha}, {@code price} or {@code integer} unless overridden. */
    String typeColumn(final Schema.Field f) {
        switch (f.type()) {
            case ALPHA:
                return "alpha";
            case PRICE:
                return "price";
            default:
                return "integer";
        }
    }

    /** Imports of the decoder besides {@code WireAccess} and {@code DirectBuffer}. */
    void decoderImports(final SourceWriter w, final Schema.Message m) {
    }

    /** Imports of the encoder besides {@code WireAccess} and {@code MutableDirectBuffer}. */
    void encoderImports(final SourceWriter w, final Schema.Message m) {
    }

    /** State of the decoder beyond the flyweight's own (buffer, offset, array, address). */
    void decoderState(final SourceWriter w, final Schema.Message m) {
    }

    /** State of the encoder beyond the flyweight's own. */
    void encoderState(final SourceWriter w, final Schema.Message m) {
    }

    /** Methods of the decoder between {@code offset()} and the field getters. */
    void decoderAccessors(final SourceWriter w, final String cls, final Schema.Message m) {
    }

    /** Methods of the decoder after the field getters, before {@code toString}. */
    void decoderTail(final SourceWriter w, final Schema.Message m) {
    }

    /** What the encoder's {@code wrap} writes after pointing the flyweight at the bytes. */
    void encoderWrapTail(final SourceWriter w, final Schema.Message m) {
    }

    /** Methods of the encoder between {@code wrap} and the field setters. */
    void encoderAccessors(final SourceWriter w, final String cls, final Schema.Message m) {
    }

    /** Methods of the encoder after the field setters. */
    void encoderTail(final SourceWriter w, final Schema.Message m) {
    }

    /** The first sentence of the encoder's {@code wrap} Javadoc. */
    String encoderWrapSummary(final Schema.Message m) {
        return "Starts a message: points this flyweight at {@link #LENGTH} writable bytes and writes the type byte.";
    }

    /** What a wrapped flyweight points at: {@code message} (or {@code header} for a frame). */
    String noun(final Schema.Message m) {
        return "message";
    }

    /** The {@code @param offset} text of {@code wrap}. */
    String offsetParam(final Schema.Message m, final boolean decoder) {
        return "where the message (its type byte) starts.";
    }

    /** The {@code @return} text of {@code offset()}. */
    String offsetReturn(final Schema.Message m) {
        return "the offset of the type byte.";
    }

    /** The name (or number) a getter or setter adds to {@code address} to reach the field. */
    String offsetRef(final Schema.Field f) {
        return f.offsetConstant();
    }

    /** Whether the decoder has a getter for this field. */
    boolean hasGetter(final Schema.Field f) {
        return !f.attrs().containsKey("reserved");
    }

    /** Whether the encoder has a setter for this field. */
    boolean hasSetter(final Schema.Field f) {
        return hasGetter(f) && !f.attrs().containsKey("appendage");
    }

    /** The fields {@code appendTo} prints, in order; none: the decoder has no {@code toString}. */
    List<Schema.Field> printed(final Schema.Message m) {
        return List.of();
    }

    /** Appends one field's value in {@code appendTo}: {@code label} is the quoted {@code name=} text. */
    void appendValue(final SourceWriter w, final Schema.Field f, final String label) {
        w.line("sb.append(" + label + ").append(" + f.name() + "());");
    }

    /** What {@code appendTo} appends after the fields. */
    void appendTail(final SourceWriter w, final Schema.Message m) {
    }

    /** The initial capacity of {@code toString}'s builder. */
    int toStringCapacity(final Schema.Message m) {
        return 128;
    }

    /**
     * Declares {@code TYPE} as the character it is, e.g. {@code public static final byte TYPE = 'A';}.
     *
     * @param w where.
     * @param m the message.
     */
    static void characterType(final SourceWriter w, final Schema.Message m) {
        w.doc("Message type byte, {@code '" + (char) m.type() + "'}.");
        w.line("public static final byte TYPE = '" + (char) m.type() + "';");
    }

    /**
     * Declares {@code LENGTH} and one offset constant per field.
     *
     * @param w         where.
     * @param m         the message.
     * @param lengthDoc the Javadoc of {@code LENGTH}.
     * @param suffix    what each offset's Javadoc says after {@code Offset of SPEC}.
     */
    final void lengthAndOffsets(final SourceWriter w, final Schema.Message m, final String lengthDoc,
        final java.util.function.Function<Schema.Field, String> suffix) {
        w.doc(lengthDoc);
        w.line("public static final int LENGTH = " + m.length() + ";");
        for (final Schema.Field f : m.fields()) {
            w.doc("Offset of " + f.spec() + suffix.apply(f));
            w.line("public static final int " + offsetRef(f) + " = " + f.offset() + ";");
        }
    }

    // ---------------------------------------------------------------- reads and writes

    /**
     * An unchecked read of an integer in the protocol's byte order, as its signed Java type.
     *
     * @param width 1, 2, 4 or 8 bytes.
     * @param at    the address expression.
     * @return the expression.
     */
    final String read(final int width, final String at) {
        return width == 1 ? ACCESS + ".getByte(array, " + at + ")"
            : ACCESS + ".get" + javaWord(width) + order + "(array, " + at + ")";
    }

    /**
     * An unchecked read of an unsigned integer: the signed read masked to its width.
     *
     * @param width 1, 2, 4 or 8 bytes.
     * @param at    the address expression.
     * @return the expression.
     */
    final String readUnsigned(final int width, final String at) {
        switch (width) {
            case 1:
                return read(width, at) + " & 0xFF";
            case 2:
                return read(width, at) + " & 0xFFFF";
            case 4:
                return read(width, at) + " & 0xFFFF_FFFFL";
            default:
                return read(width, at);
        }
    }

    /**
     * An unchecked write of an integer in the protocol's byte order.
     *
     * @param width    1, 2, 4 or 8 bytes.
     * @param at       the address expression.
     * @param value    the value expression.
     * @param javaType the value's Java type: no cast is written when it is the width's own.
     * @return the statement.
     */
    final String write(final int width, final String at, final String value, final String javaType) {
        final String word = javaWord(width).toLowerCase();
        final String cast = word.equals(javaType) || width == 8 ? "" : "(" + word + ") ";
        return width == 1 ? ACCESS + ".putByte(array, " + at + ", " + cast + value + ");"
            : ACCESS + ".put" + javaWord(width) + order + "(array, " + at + ", " + cast + value + ");";
    }

    private static String javaWord(final int width) {
        switch (width) {
            case 1:
                return "Byte";
            case 2:
                return "Short";
            case 4:
                return "Int";
            case 8:
                return "Long";
            default:
                throw new IllegalArgumentException("no " + width + "-byte integer");
        }
    }

    /**
     * The address expression of a field.
     *
     * @param f the field.
     * @return {@code address + OFFSET}.
     */
    final String at(final Schema.Field f) {
        return "address + " + offsetRef(f);
    }

    /**
     * Writes a public method with its Javadoc.
     *
     * @param w         where.
     * @param doc       the Javadoc paragraphs.
     * @param signature the declaration before the brace.
     * @param body      the statements; a multi-line statement is one string with line breaks.
     */
    static void method(final SourceWriter w, final List<String> doc, final String signature, final String... body) {
        w.line("");
        w.javadoc(doc);
        w.open(signature);
        for (final String statement : body) {
            for (final String line : statement.split("\n")) {
                w.line(line);
            }
        }
        w.close();
    }

    /**
     * Writes a getter: {@code public TYPE name() { return READ; }}.
     *
     * @param w       where.
     * @param doc     what it returns (the first paragraph).
     * @param type    the Java type.
     * @param name    the method name.
     * @param read    the expression, possibly over lines.
     * @param returns the {@code @return} text.
     */
    final void getter(final SourceWriter w, final String doc, final String type, final String name,
        final String read, final String returns) {
        final Schema.Field f = documented;
        final String values = f != null && f.name().equals(name) && !f.values().isEmpty()
            ? " Named values: " + String.join(", ", f.values().stream().map(v -> "{@link #" + f.valueConstant(v)
                + "}").toList()) + "." : "";
        method(w, List.of(doc + values, "", "@return " + returns), "public " + type + " " + name + "()",
            "return " + read + ";");
    }

    /**
     * Declares one constant per named value of every field, e.g. {@code BUY_SELL_INDICATOR_BUY = 'B'}.
     *
     * @param w where.
     * @param m the message.
     */
    static void valueConstants(final SourceWriter w, final Schema.Message m) {
        for (final Schema.Field f : m.fields()) {
            for (final Schema.Value v : f.values()) {
                final boolean character = f.type() == FieldType.ALPHA;
                w.doc(f.spec() + " " + (character ? "'" + v.value() + "'" : v.value())
                    + (v.doc().isEmpty() ? "." : ": " + v.doc() + "."));
                w.line("public static final " + (character ? "byte" : "int") + " " + f.valueConstant(v) + " = "
                    + (character ? "'" + ("'".equals(v.value()) || "\\".equals(v.value()) ? "\\" : "")
                    + v.value() + "'" : v.value()) + ";");
            }
        }
    }

    /**
     * Writes a chained setter: {@code public CLS name(final TYPE name) { WRITE; return this; }}.
     *
     * @param w     where.
     * @param cls   the encoder class.
     * @param doc   the Javadoc paragraphs (the {@code @param} and {@code @return} lines included).
     * @param type  the parameter's Java type.
     * @param name  the method and parameter name.
     * @param write the statements, possibly over lines.
     */
    static void setter(final SourceWriter w, final String cls, final List<String> doc, final String type,
        final String name, final String write) {
        method(w, doc, "public " + cls + " " + name + "(final " + type + " " + name + ")", write, "return this;");
    }

    // ---------------------------------------------------------------- layout table

    /**
     * One row of the layout table.
     *
     * @param offset the field's offset.
     * @param length its length.
     * @param type   the type column.
     * @param name   the field column.
     */
    record Row(int offset, int length, String type, String name) {
    }

    /** The rows of the layout table before the message's own fields (its header). */
    List<Row> headerRows(final Schema.Message m) {
        return List.of();
    }

    /** The field column of a field's row. */
    String rowName(final Schema.Field f) {
        return f.spec();
    }

    /** Where a layout row's field column continues when it is wrapped, from the start of that column. */
    int rowContinuation() {
        return 0;
    }

    /** The last row of the layout table, or {@code null} for none. */
    String endRow(final Schema.Message m) {
        return String.format("%6d                    (end: LENGTH)", m.length());
    }

    /**
     * The Javadoc layout table: offset, length, type and field of the header and of every field.
     *
     * @param m the message.
     * @return its lines, {@code <pre>} to {@code </pre>}.
     */
    final List<String> layout(final Schema.Message m) {
        final List<Row> rows = new ArrayList<>(headerRows(m));
        for (final Schema.Field f : m.fields()) {
            rows.add(new Row(f.offset(), f.length(), typeColumn(f).trim(), rowName(f)));
        }
        int typeWidth = 8;
        for (final Row row : rows) {
            typeWidth = Math.max(typeWidth, row.type().length());
        }
        final List<String> lines = new ArrayList<>();
        lines.add("<pre>");
        lines.add("offset  length  " + String.format("%-" + typeWidth + "s", "type") + "  field");
        final int width = SourceWriter.COLUMNS - " * ".length();
        for (final Row row : rows) {
            String line = String.format("%6d  %6d  %-" + typeWidth + "s  %s", row.offset(), row.length(),
                row.type(), row.name());
            final String continuation = " ".repeat(line.length() - row.name().length() + rowContinuation());
            while (line.length() > width && line.lastIndexOf(' ', width) > continuation.length()) {
                final int cut = line.lastIndexOf(' ', width);
                lines.add(line.substring(0, cut));
                line = continuation + line.substring(cut + 1);
            }
            lines.add(line);
        }
        final String end = endRow(m);
        if (end != null) {
            lines.add(end);
        }
        lines.add("</pre>");
        return lines;
    }

    // ---------------------------------------------------------------- decoder and encoder

    /**
     * The start of a flyweight class: imports, Javadoc, constants and state, the flyweight's own state pointing at
     * a scratch array until the first {@code wrap}.
     */
    private static void start(final SourceWriter w, final Schema.Message m, final String cls, final String bufferType,
        final String scratch, final BiConsumer<SourceWriter, Schema.Message> imports, final List<String> doc,
        final BiConsumer<SourceWriter, Schema.Message> constants,
        final BiConsumer<SourceWriter, Schema.Message> state) {
        w.line("import dev.hft.net." + ACCESS + ";");
        imports.accept(w, m);
        w.line("import org.agrona." + bufferType + ";").line("");
        w.javadoc(doc);
        w.open("public final class " + cls);
        constants.accept(w, m);
        w.line("");
        w.line("private " + bufferType + " buffer;");
        w.line("private int offset;");
        w.line("private byte[] array = " + ACCESS + "." + scratch + ";");
        w.line("private long address = " + ACCESS + ".UNWRAPPED_ADDRESS;");
        state.accept(w, m);
    }

    /**
     * The paragraph of a decoder's Javadoc on what {@code wrap} checks.
     *
     * @param m         the message.
     * @param checkedBy the dispatcher that checks the length before it wraps.
     * @return the paragraph.
     */
    final String wrapContract(final Schema.Message m, final String checkedBy) {
        return "Conventions are in {@link " + support + "}. {@link #wrap} checks once that the buffer holds {@link"
            + " #LENGTH} bytes from the offset; the getters then read the fixed fields without further bounds checks"
            + " (as SBE's flyweights do) and do not check against the message length: wrap only messages of at least"
            + " {@link #LENGTH} bytes" + (m.fields().stream().anyMatch(f -> f.attrs().containsKey("appendage"))
            ? " whose appendage fits" : "") + ", as {@link " + checkedBy + "} does. Not thread-safe; a wrapped"
            + " decoder is valid only while its bytes are. Before the first {@link #wrap} the getters of the fixed"
            + " fields read zeros.";
    }

    final String decoder(final Schema.Message m) {
        final String cls = m.name() + "Decoder";
        final String noun = noun(m);
        final SourceWriter w = source();
        start(w, m, cls, "DirectBuffer", "UNWRAPPED_DECODER", this::decoderImports, decoderDoc(m),
            (out, message) -> {
                decoderConstants(out, message);
                valueConstants(out, message);
            }, this::decoderState);
        method(w, List.of("Points this flyweight at a " + noun + ", checking once that {@link #LENGTH} bytes from"
            + " {@code offset} lie in the buffer.", "", "@param buffer the bytes.",
            "@param offset " + offsetParam(m, true), "@return this decoder.",
            "@throws IndexOutOfBoundsException if the buffer does not hold {@link #LENGTH} bytes from"
                + " {@code offset}."),
            "public " + cls + " wrap(final DirectBuffer buffer, final int offset)",
            "buffer.boundsCheck(offset, LENGTH);", "return wrapUnchecked(buffer, offset);");
        method(w, List.of("Points this flyweight at a " + noun + " the caller has checked: at least {@link #LENGTH}"
            + " bytes from {@code offset} lie in the buffer.", "", "@param buffer the bytes.",
            "@param offset " + offsetParam(m, true), "@return this decoder."),
            cls + " wrapUnchecked(final DirectBuffer buffer, final int offset)",
            "this.buffer = buffer;", "this.offset = offset;", "this.array = buffer.byteArray();",
            "this.address = buffer.addressOffset() + offset;", "return this;");
        method(w, List.of("The buffer this flyweight reads.", "",
            "@return the buffer, or {@code null} before the first {@link #wrap}."),
            "public DirectBuffer buffer()", "return buffer;");
        method(w, List.of("Where the " + noun + " starts in {@link #buffer()}.", "", "@return " + offsetReturn(m)),
            "public int offset()", "return offset;");
        decoderAccessors(w, cls, m);
        for (final Schema.Field f : m.fields()) {
            if (hasGetter(f)) {
                documented = f;
                getters(w, cls, m, f);
                documented = null;
            }
        }
        decoderTail(w, m);
        final List<Schema.Field> printed = printed(m);
        if (!printed.isEmpty()) {
            w.line("");
            w.line("@Override");
            w.open("public String toString()");
            w.line("return buffer == null ? \"" + m.name() + "{unwrapped}\" : appendTo(new StringBuilder("
                + toStringCapacity(m) + ")).toString();");
            w.close();
            final List<String> body = new ArrayList<>();
            final SourceWriter appends = new SourceWriter();
            String separator = m.name() + "{";
            for (final Schema.Field f : printed) {
                appendValue(appends, f, "\"" + separator + f.name() + "=\"");
                separator = ", ";
            }
            appendTail(appends, m);
            body.add(appends.toString().stripTrailing());
            body.add("return sb.append('}');");
            method(w, List.of("Appends every field as {@code name=value}, alpha fields quoted with their padding,"
                + " for logs and tests (allocates: not for the hot path).", "", "@param sb where to append.",
                "@return {@code sb}."), "public StringBuilder appendTo(final StringBuilder sb)",
                body.toArray(new String[0]));
        }
        w.close();
        return w.toString();
    }

    final String encoder(final Schema.Message m) {
        final String cls = m.name() + "Encoder";
        final String decoder = m.name() + "Decoder";
        final SourceWriter w = source();
        for (final Schema.Field f : m.fields()) {
            w.line("import static " + protocol.pkg() + "." + decoder + "." + offsetRef(f) + ";");
        }
        if (!m.fields().isEmpty()) {
            w.line("");
        }
        start(w, m, cls, "MutableDirectBuffer", "UNWRAPPED_ENCODER", this::encoderImports, encoderDoc(m),
            this::encoderConstants, this::encoderState);
        w.line("");
        w.javadoc(List.of(encoderWrapSummary(m), "", "@param buffer where to write.",
            "@param offset " + offsetParam(m, false), "@return this encoder.",
            "@throws IndexOutOfBoundsException if the buffer cannot hold {@link #LENGTH} bytes from"
                + " {@code offset}."));
        w.open("public " + cls + " wrap(final MutableDirectBuffer buffer, final int offset)");
        w.line("buffer.checkLimit(offset + LENGTH);");
        w.line("buffer.boundsCheck(offset, LENGTH);");
        w.line("this.buffer = buffer;");
        w.line("this.offset = offset;");
        w.line("this.array = buffer.byteArray();");
        w.line("this.address = buffer.addressOffset() + offset;");
        encoderWrapTail(w, m);
        w.line("return this;");
        w.close();
        encoderAccessors(w, cls, m);
        for (final Schema.Field f : m.fields()) {
            if (hasSetter(f)) {
                setters(w, cls, m, f);
            }
        }
        encoderTail(w, m);
        w.close();
        return w.toString();
    }
}
