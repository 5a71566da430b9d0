package dev.hft.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * The ITCH dialect of {@link FlyweightWriter}: big-endian flyweights over a common header (Message Type, Stock Locate,
 * Tracking Number, Timestamp), packed alpha fields, Price(4) and Price(8) prices.
 */
final class ItchCodecWriter extends FlyweightWriter {
    ItchCodecWriter(final Schema.Protocol protocol, final String origin) {
        super(protocol, origin, true);
    }

    private static String quoted(final Schema.Message m) {
        return "{@code '" + (char) m.type() + "'}";
    }

    private List<Schema.Field> header() {
        final List<Schema.Field> header = new ArrayList<>();
        for (final Schema.Field f : protocol.header()) {
            if (f.offset() > 0) {
                header.add(f);
            }
        }
        return header;
    }

    @Override
    String offsetRef(final Schema.Field f) {
        return protocol.header().contains(f) ? String.valueOf(f.offset()) : f.offsetConstant();
    }

    /** The type column of the layout table: {@code alpha}, {@code integer}, {@code Price(4)} or {@code Price(8)}. */
    @Override
    String typeColumn(final Schema.Field f) {
        return f.type() == FieldType.PRICE ? "Price(" + f.attr("scale", "4") + ")" : super.typeColumn(f);
    }

    @Override
    List<Row> headerRows(final Schema.Message m) {
        final List<Row> rows = new ArrayList<>();
        for (final Schema.Field f : protocol.header()) {
            final String name = f.offset() == 0 ? f.spec() + " ('" + (char) m.type() + "')"
                : f.type() == FieldType.TIMESTAMP ? f.spec() + " (nanoseconds since midnight)" : f.spec();
            rows.add(new Row(f.offset(), f.length(), typeColumn(f), name));
        }
        return rows;
    }

    @Override
    List<String> decoderDoc(final Schema.Message m) {
        final List<String> doc = new ArrayList<>();
        doc.add("Decodes the " + m.title() + " message (" + quoted(m) + ", spec section " + m.section() + "): "
            + m.description() + " A flyweight: {@link #wrap} points it at the bytes and each getter reads its field on"
            + " demand; nothing is copied or allocated.");
        doc.add("");
        doc.addAll(layout(m));
        doc.add("");
        doc.add("<p>" + wrapContract(m, protocol.attr("dispatcher")));
        return withNote(doc);
    }

    @Override
    void decoderConstants(final SourceWriter w, final Schema.Message m) {
        characterType(w, m);
        lengthAndOffsets(w, m, "Message length in bytes (spec section " + m.section() + ").",
            f -> " (" + f.length() + "-byte " + typeColumn(f) + "), spec section " + m.section() + ".");
    }

    @Override
    void decoderAccessors(final SourceWriter w, final String cls, final Schema.Message m) {
        for (final Schema.Field f : header()) {
            getters(w, cls, m, f);
        }
    }

    @Override
    void getters(final SourceWriter w, final String cls, final Schema.Message m, final Schema.Field f) {
        final String at = at(f);
        final String description = f.spec() + ": " + f.doc();
        final String stem = description.endsWith(".") ? description.substring(0, description.length() - 1)
            : description;
        switch (f.type()) {
            case ALPHA:
                if (f.length() == 1) {
                    getter(w, description, "byte", f.name(), read(1, at), "the ASCII byte.");
                } else {
                    getter(w, stem + ", as its " + f.length() + " ASCII bytes packed big-endian (first character in"
                        + " the most significant byte). " + (f.length() == 8 ? "A zero-allocation map key; {@link "
                        + support + "#packSymbol} and {@link " + support + "#unpackSymbol} convert at start-up."
                        : "{@link " + support + "#packAlpha} and {@link " + support + "#unpackAlpha} convert."),
                        f.length() == 8 ? "long" : "int", f.name(),
                        f.length() == 4 ? read(4, at) : readUnsigned(f.length(), at), "the packed bytes.");
                    method(w, List.of("Copies " + f.spec() + "'s " + f.length() + " ASCII bytes into a caller-owned"
                        + " array (no allocation).", "", "@param dst receives them at indexes 0 to "
                        + (f.length() - 1) + "."), "public void get" + Names.upperFirst(f.name())
                        + "(final byte[] dst)", "buffer.getBytes(offset + " + offsetRef(f) + ", dst, 0, "
                        + f.length() + ");");
                }
                break;
            case PRICE:
                getter(w, f.length() == 4 ? stem + ", Price(4) (4 implied decimals; {@link " + support
                    + "#price4ToFixedPoint} converts)."
                    : stem + " (8 implied decimals, the scale of {@code dev.hft.api.FixedPoint}).",
                    f.length() == 2 ? "int" : "long", f.name(), readUnsigned(f.length(), at), range(f.length()));
                break;
            case TIMESTAMP:
                getter(w, description, "long", f.name(), read(8, at + " - 2") + " & 0xFFFF_FFFF_FFFFL",
                    "nanoseconds since midnight, 0 to 2^48 - 1.");
                break;
            default:
                getter(w, description, f.length() <= 2 ? "int" : "long", f.name(), readUnsigned(f.length(), at),
                    range(f.length()));
                break;
        }
    }

    private static String range(final int length) {
        switch (length) {
            case 2:
                return "0 to 65535.";
            case 4:
                return "0 to 4294967295.";
            default:
                return "the unsigned 64-bit value (negative only above {@code Long.MAX_VALUE}).";
        }
    }

    @Override
    List<Schema.Field> printed(final Schema.Message m) {
        final List<Schema.Field> all = header();
        all.addAll(m.fields());
        return all;
    }

    @Override
    void appendValue(final SourceWriter w, final Schema.Field f, final String label) {
        if (f.type() == FieldType.ALPHA) {
            w.line("sb.append(" + label + ");");
            w.line(support + ".appendAlpha(sb, buffer, offset + " + offsetRef(f) + ", " + f.length() + ");");
        } else if (f.length() == 8 && f.type() != FieldType.TIMESTAMP) {
            w.line("sb.append(" + label + ").append(Long.toUnsignedString(" + f.name() + "()));");
        } else {
            super.appendValue(w, f, label);
        }
    }

    @Override
    void encoderImports(final SourceWriter w, final Schema.Message m) {
        if (m.fields().stream().anyMatch(f -> f.type() == FieldType.ALPHA && f.length() > 1)) {
            w.line("import dev.hft.net.WireAlpha;");
        }
    }

    @Override
    List<String> encoderDoc(final Schema.Message m) {
        return withNote(List.of("Encodes the " + m.title() + " message (" + quoted(m) + ", spec section " + m.section()
            + ") in place; the layout is in {@link " + m.name() + "Decoder}. {@link #wrap} checks once that the"
            + " buffer holds {@link #LENGTH} bytes (growing an expandable buffer) and writes the type byte; each"
            + " setter then writes its field without further bounds checks, so a field never set keeps whatever the"
            + " buffer held. Numeric setters write the low-order bytes of their argument. Not thread-safe; before"
            + " the first {@link #wrap} the setters write to a scratch array."));
    }

    @Override
    void encoderConstants(final SourceWriter w, final Schema.Message m) {
        w.doc("Message type byte, " + quoted(m) + ".");
        w.line("public static final byte TYPE = " + m.name() + "Decoder.TYPE;");
        w.doc("Message length in bytes.");
        w.line("public static final int LENGTH = " + m.name() + "Decoder.LENGTH;");
    }

    @Override
    void encoderWrapTail(final SourceWriter w, final Schema.Message m) {
        w.line(ACCESS + ".putByte(array, address, TYPE);");
    }

    @Override
    void encoderAccessors(final SourceWriter w, final String cls, final Schema.Message m) {
        for (final Schema.Field f : header()) {
            setters(w, cls, m, f);
        }
    }

    @Override
    void setters(final SourceWriter w, final String cls, final Schema.Message m, final Schema.Field f) {
        final String n = f.name();
        final String at = at(f);
        final String headerRange = f.type() == FieldType.TIMESTAMP
            ? "nanoseconds since midnight, 0 to 2^48 - 1 (only the low 48 bits are written)."
            : "0 to 65535 (only the low 16 bits are written).";
        final boolean header = protocol.header().contains(f);
        final String what = header ? "Writes " + f.spec() + "."
            : "Writes " + f.spec() + " (" + f.length() + "-byte " + typeColumn(f) + ")"
                + (f.type() == FieldType.ALPHA && f.length() > 1 ? " from its packed form." : ".");
        final String param;
        final String type;
        final String write;
        if (f.type() == FieldType.ALPHA && f.length() == 1) {
            type = "byte";
            param = "the ASCII byte.";
            write = write(1, at, n, type);
        } else if (f.type() == FieldType.TIMESTAMP) {
            type = "long";
            param = headerRange;
            write = write(2, at, "(" + n + " >>> 32)", type) + "\n" + write(4, at + " + 2", n, type);
        } else if (f.length() == 2) {
            type = "int";
            param = header ? headerRange : f.type() == FieldType.ALPHA
                ? "the 2 ASCII bytes packed big-endian." : "0 to 65535 (only the low 16 bits are written).";
            write = write(2, at, n, type);
        } else if (f.length() == 4) {
            type = f.type() == FieldType.ALPHA ? "int" : "long";
            param = f.type() == FieldType.ALPHA ? "the 4 ASCII bytes packed big-endian."
                : "0 to 4294967295 (only the low 32 bits are written).";
            write = write(4, at, n, type);
        } else {
            type = "long";
            param = f.type() == FieldType.ALPHA ? "the 8 ASCII bytes packed big-endian." : "the unsigned 64-bit value.";
            write = write(8, at, n, type);
        }
        setter(w, cls, List.of(what, "", "@param " + n + " " + param, "@return this encoder."), type, n, write);
        if (f.type() == FieldType.ALPHA && f.length() > 1) {
            method(w, List.of("Writes " + f.spec() + " (" + f.length() + "-byte alpha) from text, padded on the"
                + " right with spaces (no allocation).", "", "@param " + n + " at most " + f.length()
                + " ASCII characters.", "@return this encoder.",
                "@throws IllegalArgumentException if the text is longer or not ASCII (a programming error)."),
                "public " + cls + " " + n + "(final CharSequence " + n + ")",
                "WireAlpha.putAlpha(buffer, offset + " + offsetRef(f) + ", " + n + ", " + f.length() + ");",
                "return this;");
        }
    }
}
