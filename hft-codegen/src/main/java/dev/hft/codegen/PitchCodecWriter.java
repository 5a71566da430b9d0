package dev.hft.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * The PITCH dialect of {@link FlyweightWriter}: little-endian flyweights whose messages start with a Length and a
 * Message Type byte, with symbols packed first character lowest, Binary Long and Short Prices (with a
 * {@code xxxFixed()} conversion where the schema names one) and a {@code Side} view of side indicators. A message
 * marked {@code frame="true"} (the Sequenced Unit Header) has neither type nor Length byte.
 */
final class PitchCodecWriter extends FlyweightWriter {
    private static final String SHORT_SYMBOL_PADDING = "0x2020_0000_0000_0000L";

    PitchCodecWriter(final Schema.Protocol protocol, final String origin) {
        super(protocol, origin, false);
    }

    static String constant(final Schema.Field f) {
        return f.attr("constant", f.constantName());
    }

    static String hex(final int type) {
        return String.format("0x%02X", type);
    }

    @Override
    String offsetRef(final Schema.Field f) {
        return constant(f) + "_OFFSET";
    }

    @Override
    String typeColumn(final Schema.Field f) {
        switch (f.type()) {
            case ALPHA:
                return f.length() == 1 ? "alpha" : "alpha(" + f.length() + ")";
            case PRICE:
                return f.length() == 8 ? "long price" : "short price";
            case BITS:
                return "bit field";
            default:
                return "u" + f.length() * 8;
        }
    }

    @Override
    List<Row> headerRows(final Schema.Message m) {
        if (m.is("frame")) {
            return List.of();
        }
        return List.of(new Row(0, 1, "u8", String.format("%-25s %s", "Length", m.length())),
            new Row(1, 1, "u8", String.format("%-25s %s", "Message Type", hex(m.type()))));
    }

    @Override
    String rowName(final Schema.Field f) {
        return String.format("%-25s %s", f.spec(), f.doc());
    }

    @Override
    int rowContinuation() {
        return 26;
    }

    @Override
    String noun(final Schema.Message m) {
        return m.is("frame") ? "header" : "message";
    }

    @Override
    String offsetParam(final Schema.Message m, final boolean decoder) {
        if (m.is("frame")) {
            return decoder ? "where the header starts (the start of the UDP payload)." : "where the header starts.";
        }
        return decoder ? "where the message's Length byte is." : "where the message's Length byte goes.";
    }

    @Override
    String offsetReturn(final Schema.Message m) {
        return m.is("frame") ? "the offset of its first byte." : "the offset of the Length byte.";
    }

    @Override
    void decoderImports(final SourceWriter w, final Schema.Message m) {
        if (m.fields().stream().anyMatch(f -> f.attrs().containsKey("side"))) {
            w.line("import dev.hft.api.Side;");
        }
    }

    @Override
    List<String> decoderDoc(final Schema.Message m) {
        final boolean frame = m.is("frame");
        final List<String> doc = new ArrayList<>();
        doc.add(frame ? "Flyweight over the " + m.title() + " (spec §" + m.section() + "), which " + m.description()
            : "Flyweight over one " + m.title() + " message, type {@code " + hex(m.type()) + "} (spec §" + m.section()
                + "): " + m.description());
        doc.add("");
        doc.addAll(layout(m));
        doc.add("Integers are little-endian; {@link " + m.name() + "Encoder} writes the same layout. {@link #wrap}"
            + " checks once that the buffer holds {@link #LENGTH} bytes from the offset; the getters then read"
            + " without further bounds checks and allocate nothing. They are valid while the buffer holds the"
            + (frame ? " header." : " message (in {@link PitchListener} callbacks: during the call only); {@link"
                + " PitchMessageDispatcher} checks the Length byte before it wraps.")
            + " Before the first {@link #wrap} the getters read zeros.");
        return withNote(doc);
    }

    @Override
    void decoderConstants(final SourceWriter w, final Schema.Message m) {
        if (!m.is("frame")) {
            w.doc("Message Type byte (spec §" + m.section() + ").");
            w.line("public static final int TYPE = " + hex(m.type()) + ";");
            w.doc("Message length in bytes, Length and Message Type bytes included; the Length byte holds it.");
        } else {
            w.doc("Length of the header in bytes.");
        }
        w.line("public static final int LENGTH = " + m.length() + ";");
        for (final Schema.Field f : m.fields()) {
            w.doc("Offset of " + f.spec() + " (" + typeColumn(f) + ", " + f.length() + (f.length() == 1 ? " byte)."
                : " bytes)."));
            w.line("public static final int " + offsetRef(f) + " = " + f.offset() + ";");
            if (f.type() == FieldType.ALPHA && f.length() > 1) {
                w.doc("Length of " + f.spec() + " in bytes.");
                w.line("public static final int " + constant(f) + "_LENGTH = " + f.length() + ";");
            }
        }
    }

    @Override
    void decoderAccessors(final SourceWriter w, final String cls, final Schema.Message m) {
        if (!m.is("frame")) {
            getter(w, "The Length byte as sent.", "int", "length", readUnsigned(1, "address"),
                "0 to 255; {@link #LENGTH} in a well-formed message.");
            getter(w, "The Message Type byte as sent.", "int", "messageType", readUnsigned(1, "address + 1"),
                "{@link #TYPE} in a message this flyweight was meant for.");
        }
    }

    @Override
    void getters(final SourceWriter w, final String cls, final Schema.Message m, final Schema.Field f) {
        final String at = at(f);
        final String what = f.spec() + ": " + f.doc() + ".";
        switch (f.type()) {
            case ALPHA:
                if (f.length() == 1) {
                    getter(w, what, "byte", f.name(), read(1, at), "the ASCII byte as sent.");
                } else if (f.length() == 6) {
                    getter(w, f.spec() + " (6 bytes, " + f.doc() + ") packed into a {@code long} as an 8-byte field"
                        + " with 2 more spaces would be, without allocating: see {@link " + support + "#packSymbol}.",
                        "long", f.name(), "(" + readUnsigned(4, at) + ")\n    | (" + read(2, at + " + 4")
                        + " & 0xFFFFL) << 32\n    | " + SHORT_SYMBOL_PADDING,
                        "the packed value; equal to the packed value of the same text in any other message.");
                } else {
                    getter(w, f.spec() + " (" + f.length() + " bytes, " + f.doc() + ") packed first character"
                        + " lowest, without allocating: see {@link " + support + "#packSymbol}.",
                        f.length() == 8 ? "long" : "int", f.name(), read(f.length(), at),
                        "the packed value; equal to the packed value of the same text in any other message.");
                }
                break;
            case PRICE:
                if (f.length() == 8) {
                    getter(w, f.spec() + ": " + f.doc() + ", a Binary Long Price: unsigned 64 bits with {@value "
                        + support + "#LONG_PRICE_DECIMALS} implied decimals ({@code 1025000} is $102.50).", "long",
                        f.name(), read(8, at), "the raw wire value.");
                } else {
                    getter(w, f.spec() + ": " + f.doc() + ", a Binary Short Price: unsigned 16 bits with {@value "
                        + support + "#SHORT_PRICE_DECIMALS} implied decimals ({@code 2066} is $20.66).", "int",
                        f.name(), readUnsigned(2, at), "the raw wire value, 0 to 65,535.");
                }
                break;
            default:
                getter(w, what, f.length() <= 2 ? "int" : "long", f.name(), readUnsigned(f.length(), at),
                    f.length() == 1 ? (f.type() == FieldType.BITS ? "the bit field, 0 to 255." : "0 to 255.")
                    : f.length() == 2 ? "0 to 65,535." : f.length() == 4 ? "0 to 4,294,967,295 (unsigned 32 bits)."
                    : "the 64 bits as sent (unsigned on the wire: compare with {@link Long#compareUnsigned}).");
                break;
        }
        if (f.attrs().containsKey("side")) {
            getter(w, f.spec() + " as a {@link Side}. Allocation-free.", "Side", f.attr("side", "side"),
                support + ".side(" + read(1, at) + ")",
                "{@link Side#BUY} for 'B', {@link Side#SELL} for 'S', {@link Side#UNKNOWN} otherwise.");
        }
        if (f.type() == FieldType.ALPHA && f.length() > 1) {
            method(w, List.of("Copies " + f.spec() + " as sent (" + f.length() + " ASCII bytes, space-padded) into a"
                + " caller-owned array.", "", "@param dst at least " + f.length() + " bytes; bytes 0 to "
                + (f.length() - 1) + " are overwritten."), "public void get" + Names.upperFirst(f.name())
                + "(final byte[] dst)", "buffer.getBytes(offset + " + offsetRef(f) + ", dst, 0, " + constant(f)
                + "_LENGTH);");
        }
        if (f.attrs().containsKey("fixed")) {
            getter(w, f.spec() + " as a {@link dev.hft.api.FixedPoint} value. Allocation-free.", "long",
                f.attr("fixed", ""), support + "." + (f.length() == 8 ? "long" : "short") + "PriceToFixed("
                + f.name() + "())", f.length() == 8 ? "the price with {@link dev.hft.api.FixedPoint#DECIMALS}"
                + " decimals, or {@link dev.hft.api.FixedPoint#NULL_PRICE} if it does not fit."
                : "the price with {@link dev.hft.api.FixedPoint#DECIMALS} decimals.");
        }
    }

    @Override
    List<String> encoderDoc(final Schema.Message m) {
        final boolean frame = m.is("frame");
        return withNote(List.of("Writes " + (frame ? "a " + m.title() + " (spec §" + m.section() + ")" : "one "
            + m.title()
            + " message, type {@code " + hex(m.type()) + "} (spec §" + m.section() + ")") + " in place; the layout"
            + " is in {@link " + m.name() + "Decoder}. {@link #wrap} checks once that the buffer holds {@link #LENGTH}"
            + " bytes (growing an expandable buffer)" + (frame ? "" : " and writes the Length and Message Type bytes")
            + "; each setter then writes one field without further bounds checks and returns this encoder; nothing"
            + " is allocated. Before the first {@link #wrap} the setters write to a scratch array."));
    }

    @Override
    void encoderConstants(final SourceWriter w, final Schema.Message m) {
        if (!m.is("frame")) {
            w.doc("Message Type byte.");
            w.line("public static final int TYPE = " + m.name() + "Decoder.TYPE;");
            w.doc("Message length in bytes, Length and Message Type bytes included.");
        } else {
            w.doc("Length of the header in bytes.");
        }
        w.line("public static final int LENGTH = " + m.name() + "Decoder.LENGTH;");
        if (!m.is("frame")) {
            w.line("").line("private static final short LENGTH_AND_TYPE = (short) (LENGTH | TYPE << 8);");
        }
    }

    @Override
    String encoderWrapSummary(final Schema.Message m) {
        return "Points this encoder at {@link #LENGTH} writable bytes" + (m.is("frame")
            ? " (it writes nothing yet)." : " and writes the Length and Message Type bytes.");
    }

    @Override
    void encoderWrapTail(final SourceWriter w, final Schema.Message m) {
        if (!m.is("frame")) {
            w.line(write(2, "address", "LENGTH_AND_TYPE", "short"));
        }
        for (final Schema.Field f : m.fields()) {
            if (f.attrs().containsKey("reserved")) {
                w.line(write(f.length(), at(f), "0", "int"));
            }
        }
    }

    @Override
    void setters(final SourceWriter w, final String cls, final Schema.Message m, final Schema.Field f) {
        final String n = f.name();
        final String at = at(f);
        final String type;
        final String param;
        final String write;
        if (f.type() == FieldType.ALPHA && f.length() == 1) {
            type = "byte";
            param = "an ASCII byte.";
            write = write(1, at, n, type);
        } else if (f.type() == FieldType.ALPHA && f.length() == 6) {
            type = "long";
            param = "a value from {@link " + support + "#packSymbol} (its 6 low bytes are written).";
            write = write(4, at, n, type) + "\n" + write(2, at + " + 4", "(" + n + " >>> 32)", type);
        } else if (f.length() == 1) {
            type = "int";
            param = f.type() == FieldType.BITS ? "the bit field, 0 to 255." : "0 to 255 (the low 8 bits are written).";
            write = write(1, at, n, type);
        } else if (f.length() == 2) {
            type = "int";
            param = f.type() == FieldType.PRICE ? "the raw Binary Short Price ({@value " + support
                + "#SHORT_PRICE_DECIMALS} implied decimals; the low 16 bits are written)."
                : "0 to 65,535 (the low 16 bits are written).";
            write = write(2, at, n, type);
        } else if (f.length() == 4) {
            type = f.type() == FieldType.ALPHA ? "int" : "long";
            param = f.type() == FieldType.ALPHA ? "a value from {@link " + support + "#packParticipantId}."
                : "0 to 4,294,967,295 (the low 32 bits are written).";
            write = write(4, at, n, type);
        } else {
            type = "long";
            param = f.type() == FieldType.ALPHA ? "a value from {@link " + support + "#packSymbol}."
                : f.type() == FieldType.PRICE ? "the raw Binary Long Price ({@value " + support
                    + "#LONG_PRICE_DECIMALS} implied decimals)." : "the 64 bits to send.";
            write = write(8, at, n, type);
        }
        setter(w, cls, List.of("Writes " + f.spec() + ": " + f.doc() + ".", "", "@param " + n + " " + param,
            "@return this encoder."), type, n, write);
    }
}
