package dev.hft.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * The OUCH dialect of {@link FlyweightWriter}: big-endian flyweights starting with the type byte, packed alpha fields
 * (1 byte: a {@code byte}; 4: an {@code int}; 8: a {@code long}), ClOrdID-style text fields (longer than 8 bytes: read
 * by character, as a number or copied), signed prices, and, for messages whose schema has an
 * {@code appendage="true"} field, the Appendage Length and the options after the fixed fields (read and written by
 * {@code OuchAppendageDecoder} and {@code OuchAppendageEncoder}).
 */
final class OuchCodecWriter extends FlyweightWriter {
    OuchCodecWriter(final Schema.Protocol protocol, final String origin) {
        super(protocol, origin, true);
    }

    static boolean inbound(final Schema.Message m) {
        return "inbound".equals(m.attr("direction", ""));
    }

    static Schema.Field appendage(final Schema.Message m) {
        for (final Schema.Field f : m.fields()) {
            if (f.attrs().containsKey("appendage")) {
                return f;
            }
        }
        return null;
    }

    private static String direction(final Schema.Message m) {
        return inbound(m) ? "client to venue" : "venue to client";
    }

    private String dispatcher(final Schema.Message m) {
        return inbound(m) ? protocol.attr("requestDispatcher") : protocol.attr("dispatcher");
    }

    @Override
    List<Row> headerRows(final Schema.Message m) {
        return List.of(new Row(0, 1, "alpha", "Message Type ('" + (char) m.type() + "')"));
    }

    @Override
    String endRow(final Schema.Message m) {
        return appendage(m) != null ? String.format("%6d                    (options follow: LENGTH + Appendage"
            + " Length in all)", m.length()) : super.endRow(m);
    }

    @Override
    List<String> decoderDoc(final Schema.Message m) {
        final boolean options = appendage(m) != null;
        final List<String> doc = new ArrayList<>();
        doc.add("Decodes the " + protocol.title() + " " + m.title() + " message ({@code '" + (char) m.type() + "'}, "
            + direction(m) + "): " + m.description() + " A flyweight: {@link #wrap} points it at the bytes and each"
            + " getter reads its field on demand; nothing is copied or allocated.");
        doc.add("");
        doc.addAll(layout(m));
        doc.add("");
        doc.add((options ? m.attr("options", "") + " Read them with {@link #appendage()}. " : "")
            + wrapContract(m, dispatcher(m)));
        return withNote(doc);
    }

    @Override
    void decoderConstants(final SourceWriter w, final Schema.Message m) {
        characterType(w, m);
        lengthAndOffsets(w, m, appendage(m) != null ? "Length of the fixed fields in bytes, Appendage Length"
            + " included." : "Message length in bytes.", f -> " (" + f.length() + (f.length() == 1 ? " byte)."
            : " bytes)."));
    }

    @Override
    void decoderState(final SourceWriter w, final Schema.Message m) {
        if (appendage(m) != null) {
            w.line("private final OuchAppendageDecoder appendage = new OuchAppendageDecoder();");
        }
    }

    @Override
    void decoderAccessors(final SourceWriter w, final String cls, final Schema.Message m) {
        final boolean options = appendage(m) != null;
        method(w, List.of("The message's length on the wire" + (options
            ? ": {@link #LENGTH} plus the appendage length." : ", {@link #LENGTH}."), "", "@return bytes."),
            "public int encodedLength()", options ? "return LENGTH + appendageLength();" : "return LENGTH;");
    }

    @Override
    void getters(final SourceWriter w, final String cls, final Schema.Message m, final Schema.Field f) {
        final String at = at(f);
        final String n = f.name();
        if (f.type() == FieldType.ALPHA && f.length() > 8) {
            method(w, List.of(f.doc() + ": one character.", "", "@param index 0 to " + (f.length() - 1) + ".",
                "@return the ASCII code of character {@code index}."), "public byte " + n + "At(final int index)",
                "return buffer.getByte(offset + " + f.offsetConstant() + " + index);");
            getter(w, f.doc() + ", read as a left-justified decimal number padded with spaces (as {@link "
                + m.name() + "Encoder#" + n + "Number} writes it); no allocation.", "long", n + "Number",
                support + ".parseNumber(buffer, offset + " + f.offsetConstant() + ", " + f.length() + ")",
                "the number, or -1 if the field holds anything else (e.g. letters).");
            method(w, List.of(f.doc() + ": copies the " + f.length() + " bytes, padding included.", "",
                "@param dst       where to copy.", "@param dstOffset where the " + f.length() + " bytes go."),
                "public void get" + Names.upperFirst(n) + "(final byte[] dst, final int dstOffset)",
                "buffer.getBytes(offset + " + f.offsetConstant() + ", dst, dstOffset, " + f.length() + ");");
            return;
        }
        if (f.length() == 1) {
            getter(w, f.doc(), "byte", n, read(1, at), "the ASCII code.");
        } else if (f.length() == 2) {
            getter(w, f.doc(), "int", n, readUnsigned(2, at), "0 to 65535.");
        } else if (f.length() == 4) {
            final boolean signed = f.type() == FieldType.ALPHA || f.type() == FieldType.PRICE;
            getter(w, f.doc(), signed ? "int" : "long", n, signed ? read(4, at) : readUnsigned(4, at),
                f.type() == FieldType.ALPHA ? "the 4 bytes packed big-endian (see {@link " + support
                + "#packAlpha})." : "0 to 4294967295.");
        } else {
            getter(w, f.doc(), "long", n, read(8, at), f.type() == FieldType.ALPHA ? "the 8 bytes packed big-endian"
                + " (see {@link " + support + "#packSymbol})." : f.type() == FieldType.PRICE
                ? "the signed price, 4 implied decimals." : f.type() == FieldType.TIMESTAMP
                ? "nanoseconds since midnight." : "the unsigned 64-bit value (negative only above {@code"
                + " Long.MAX_VALUE}).");
        }
    }

    @Override
    void decoderTail(final SourceWriter w, final Schema.Message m) {
        if (appendage(m) != null) {
            method(w, List.of("The optional appendage, wrapped over this message's option bytes (the decoder is this"
                + " flyweight's own, made once).", "", "@return the appendage decoder, rewound to its first option."),
                "public OuchAppendageDecoder appendage()",
                "return appendage.wrap(buffer, offset + LENGTH, appendageLength());");
        }
    }

    @Override
    List<Schema.Field> printed(final Schema.Message m) {
        final List<Schema.Field> printed = new ArrayList<>();
        for (final Schema.Field f : m.fields()) {
            if (!f.attrs().containsKey("appendage")) {
                printed.add(f);
            }
        }
        return printed;
    }

    @Override
    int toStringCapacity(final Schema.Message m) {
        return 160;
    }

    @Override
    void appendValue(final SourceWriter w, final Schema.Field f, final String label) {
        if (f.type() == FieldType.ALPHA && f.length() == 1) {
            w.line("sb.append(" + label + ");");
            w.line(support + ".appendChar(sb, " + f.name() + "());");
        } else if (f.type() == FieldType.ALPHA) {
            w.line("sb.append(" + label + ");");
            w.line(support + ".appendAlpha(sb, buffer, offset + " + f.offsetConstant() + ", " + f.length() + ");");
        } else if (f.type() == FieldType.UNSIGNED && f.length() == 8) {
            w.line("sb.append(" + label + ").append(Long.toUnsignedString(" + f.name() + "()));");
        } else {
            super.appendValue(w, f, label);
        }
    }

    @Override
    void appendTail(final SourceWriter w, final Schema.Message m) {
        if (appendage(m) != null) {
            w.line("sb.append(\", appendage=\");");
            w.line("appendage().appendTo(sb);");
        }
    }

    @Override
    void encoderImports(final SourceWriter w, final Schema.Message m) {
        if (m.fields().stream().anyMatch(f -> f.type() == FieldType.ALPHA && f.length() > 1)) {
            w.line("import dev.hft.net.WireAlpha;");
        }
        if (m.fields().stream().anyMatch(f -> f.type() == FieldType.ALPHA && f.length() > 8)) {
            w.line("import org.agrona.DirectBuffer;");
        }
    }

    @Override
    List<String> encoderDoc(final Schema.Message m) {
        return withNote(List.of("Encodes the " + protocol.title() + " " + m.title() + " message ({@code '"
            + (char) m.type()
            + "'}, " + direction(m) + ") in place; the layout is in {@link " + m.name() + "Decoder}. {@link #wrap}"
            + " checks once that the buffer holds {@link #LENGTH} bytes (growing an expandable buffer) and writes the"
            + " type byte" + (appendage(m) != null ? " and a zero Appendage Length; options are added through {@link"
            + " #appendage()}" : "") + "; each setter then writes its field without further bounds checks, so a"
            + " field never set keeps whatever the buffer held. Integer setters write the low-order bytes of their"
            + " argument. Not thread-safe; before the first {@link #wrap} the setters of the fixed fields write to a"
            + " scratch array."));
    }

    @Override
    void encoderConstants(final SourceWriter w, final Schema.Message m) {
        w.doc("Message type byte, {@code '" + (char) m.type() + "'}.");
        w.line("public static final byte TYPE = " + m.name() + "Decoder.TYPE;");
        w.doc(appendage(m) != null ? "Length of the fixed fields in bytes." : "Message length in bytes.");
        w.line("public static final int LENGTH = " + m.name() + "Decoder.LENGTH;");
    }

    @Override
    void encoderState(final SourceWriter w, final Schema.Message m) {
        if (appendage(m) != null) {
            w.line("private final OuchAppendageEncoder appendage = new OuchAppendageEncoder();");
        }
    }

    @Override
    String encoderWrapSummary(final Schema.Message m) {
        return appendage(m) != null ? "Starts a message: points this flyweight at {@link #LENGTH} writable bytes"
            + " (more if options follow) and writes the type byte and a zero Appendage Length."
            : super.encoderWrapSummary(m);
    }

    @Override
    void encoderWrapTail(final SourceWriter w, final Schema.Message m) {
        w.line(ACCESS + ".putByte(array, address, TYPE);");
        final Schema.Field appendage = appendage(m);
        if (appendage != null) {
            w.line(write(2, at(appendage), "0", "int"));
        }
    }

    @Override
    void encoderAccessors(final SourceWriter w, final String cls, final Schema.Message m) {
        final Schema.Field appendage = appendage(m);
        method(w, List.of("The length of the message written so far" + (appendage != null
            ? ": {@link #LENGTH} plus the options appended." : ", {@link #LENGTH}."), "", "@return bytes to send."),
            "public int encodedLength()", appendage != null ? "return LENGTH + (" + readUnsigned(2, at(appendage))
            + ");" : "return LENGTH;");
    }

    @Override
    void encoderTail(final SourceWriter w, final Schema.Message m) {
        final Schema.Field appendage = appendage(m);
        if (appendage != null) {
            method(w, List.of("The appendage: each option added through it is written after the options already"
                + " there and counted in the Appendage Length (the encoder is this flyweight's own, made once).", "",
                "@return the appendage encoder."), "public OuchAppendageEncoder appendage()",
                "return appendage.wrap(buffer, offset + " + appendage.offsetConstant() + ");");
        }
    }

    @Override
    void setters(final SourceWriter w, final String cls, final Schema.Message m, final Schema.Field f) {
        final String n = f.name();
        final String at = at(f);
        final String text = "Writes " + f.spec() + " from text, left-justified and padded with spaces (no"
            + " allocation).";
        final List<String> textDoc = List.of(text, "", "@param text at most " + f.length() + " ASCII characters.",
            "@return this encoder.", "@throws IllegalArgumentException if the text is longer or not ASCII.");
        final String putText = "WireAlpha.putAlpha(buffer, offset + " + f.offsetConstant() + ", text, " + f.length()
            + ");";
        if (f.type() == FieldType.ALPHA && f.length() > 8) {
            method(w, textDoc, "public " + cls + " " + n + "(final CharSequence text)", putText, "return this;");
            method(w, List.of("Writes " + f.spec() + " as a left-justified decimal number padded with spaces (no"
                + " allocation).", "", "@param number 0 to " + "9".repeat(f.length()) + ".", "@return this encoder.",
                "@throws IllegalArgumentException if the number is negative or has more than " + f.length()
                    + " digits."), "public " + cls + " " + n + "Number(final long number)",
                support + ".putNumber(array, " + at + ", number, " + f.length() + ");", "return this;");
            method(w, List.of("Copies " + f.spec() + " from " + f.length() + " bytes of another buffer (e.g. a"
                + " decoded message).", "", "@param src       the bytes.", "@param srcOffset where the "
                + f.length() + " bytes start.", "@return this encoder."),
                "public " + cls + " " + n + "(final DirectBuffer src, final int srcOffset)",
                "buffer.putBytes(offset + " + f.offsetConstant() + ", src, srcOffset, " + f.length() + ");",
                "return this;");
            return;
        }
        final String type;
        final String param;
        if (f.length() == 1) {
            type = "byte";
            param = "the ASCII code.";
        } else if (f.length() == 2) {
            type = "int";
            param = "0 to 65535.";
        } else if (f.length() == 4) {
            type = f.type() == FieldType.ALPHA || f.type() == FieldType.PRICE ? "int" : "long";
            param = f.type() == FieldType.ALPHA ? "the 4 bytes packed big-endian (see {@link " + support
                + "#packFirm})." : "0 to 4294967295.";
        } else {
            type = "long";
            param = f.type() == FieldType.ALPHA ? "the 8 bytes packed big-endian (see {@link " + support
                + "#packSymbol})." : f.type() == FieldType.PRICE ? "the signed value, 4 implied decimals."
                : "the 64-bit value.";
        }
        setter(w, cls, List.of("Writes " + f.spec() + ".", "", "@param " + n + " " + param, "@return this encoder."),
            type, n, write(f.length(), at, n, type));
        if (f.type() == FieldType.ALPHA && f.length() > 1) {
            method(w, textDoc, "public " + cls + " " + n + "(final CharSequence text)", putText, "return this;");
        }
    }
}
