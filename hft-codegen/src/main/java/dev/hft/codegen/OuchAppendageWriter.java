package dev.hft.codegen;

import java.util.List;

/**
 * Writes {@code OuchAppendageDecoder} and {@code OuchAppendageEncoder} from the {@code option} lines of an OUCH
 * schema's {@code appendage}: a getter per option (with its absent sentinel) after the decoder's fixed cursor methods,
 * a typed append per option (and a text append for 4-byte alpha options) after the encoder's fixed ones. The TLV
 * framing itself (tags, value lengths, validation) is the hand-written {@code OuchAppendage}'s.
 */
final class OuchAppendageWriter extends DialectWriter {
    private static final String DECODER_HEAD = """
            private DirectBuffer buffer;
            private int start;
            private int end;
            private int cursor;
            private int current = -1;

            /**
             * Points this flyweight at the option bytes of an appendage and rewinds it.
             *
             * @param buffer the bytes.
             * @param offset where the first option starts (just after the Appendage Length field).
             * @param length the Appendage Length.
             * @return this decoder.
             */
            public OuchAppendageDecoder wrap(final DirectBuffer buffer, final int offset, final int length) {
                this.buffer = buffer;
                this.start = offset;
                this.end = offset + length;
                rewind();
                return this;
            }

            /**
             * Moves the cursor back before the first option.
             */
            public void rewind() {
                cursor = start;
                current = -1;
            }

            /**
             * The Appendage Length.
             *
             * @return bytes of options.
             */
            public int length() {
                return end - start;
            }

            /**
             * Moves the cursor to the next option.
             *
             * @return {@code true} if there is one ({@link #tag()} and {@link #valueOffset()} describe it).
             */
            public boolean next() {
                if (cursor >= end) {
                    current = -1;
                    return false;
                }
                current = cursor;
                cursor += 1 + (buffer.getByte(cursor) & 0xFF);
                return true;
            }

            /**
             * The tag of the option under the cursor.
             *
             * @return 0 to 255.
             */
            public int tag() {
                return buffer.getByte(current + 1) & 0xFF;
            }

            /**
             * Where the value of the option under the cursor starts in the buffer.
             *
             * @return an index into the wrapped buffer.
             */
            public int valueOffset() {
                return current + 2;
            }

            /**
             * The value length of the option under the cursor.
             *
             * @return Option Length - 1.
             */
            public int valueLength() {
                return (buffer.getByte(current) & 0xFF) - 1;
            }

            /**
             * Counts the options.
             *
             * @return the number of options.
             */
            public int count() {
                int count = 0;
                for (int at = start; at < end; at += 1 + (buffer.getByte(at) & 0xFF)) {
                    count++;
                }
                return count;
            }

            /**
             * Finds an option by tag (the first one, should a tag repeat).
             *
             * @param tag the option tag.
             * @return the index of its value in the buffer, or -1 if absent.
             */
            public int find(final int tag) {
                for (int at = start; at < end; at += 1 + (buffer.getByte(at) & 0xFF)) {
                    if ((buffer.getByte(at + 1) & 0xFF) == tag) {
                        return at + 2;
                    }
                }
                return -1;
            }

            /**
             * Tells whether an option is present.
             *
             * @param tag the option tag.
             * @return {@code true} if present.
             */
            public boolean has(final int tag) {
                return find(tag) >= 0;
            }
        """;

    private static final String DECODER_TAIL = """
            /**
             * Appends every option as {@code tag=value} (alpha values quoted), for logs and tests (allocates).
             *
             * @param sb where to append.
             * @return {@code sb}.
             */
            public StringBuilder appendTo(final StringBuilder sb) {
                sb.append('[');
                for (int at = start; at < end; at += 1 + (buffer.getByte(at) & 0xFF)) {
                    if (at != start) {
                        sb.append(", ");
                    }
                    final int valueLength = (buffer.getByte(at) & 0xFF) - 1;
                    sb.append(buffer.getByte(at + 1) & 0xFF).append('=');
                    if (valueLength == 1 || valueLength == 4 && isAlpha(at + 2)) {
                        Ouch50.appendAlpha(sb, buffer, at + 2, valueLength);
                    } else if (valueLength == 2) {
                        sb.append(buffer.getShort(at + 2, BIG_ENDIAN) & 0xFFFF);
                    } else if (valueLength == 4) {
                        sb.append(buffer.getInt(at + 2, BIG_ENDIAN));
                    } else if (valueLength == 8) {
                        sb.append(buffer.getLong(at + 2, BIG_ENDIAN));
                    } else {
                        sb.append(valueLength).append(" bytes");
                    }
                }
                return sb.append(']');
            }

            @Override
            public String toString() {
                return buffer == null ? "OuchAppendage{unwrapped}" : appendTo(new StringBuilder(64)).toString();
            }

            private boolean isAlpha(final int index) {
                for (int i = 0; i < 4; i++) {
                    final byte b = buffer.getByte(index + i);
                    if (b < ' ' || b > '~') {
                        return false;
                    }
                }
                return true;
            }
        """;

    private static final String ENCODER_HEAD = """
            private MutableDirectBuffer buffer;
            private int lengthIndex;

            /**
             * Points this flyweight at a message's Appendage Length field (options are written after it).
             *
             * @param buffer      the message's buffer.
             * @param lengthIndex where the 2-byte Appendage Length field is.
             * @return this encoder.
             */
            public OuchAppendageEncoder wrap(final MutableDirectBuffer buffer, final int lengthIndex) {
                this.buffer = buffer;
                this.lengthIndex = lengthIndex;
                return this;
            }

            /**
             * The Appendage Length written so far.
             *
             * @return bytes of options.
             */
            public int length() {
                return buffer.getShort(lengthIndex, BIG_ENDIAN) & 0xFFFF;
            }

            /**
             * Appends an option with any tag and raw value bytes (e.g. one this package does not know, or a copy of \
        a decoded
             * one).
             *
             * @param tag         the option tag, 0 to 255.
             * @param src         the value bytes.
             * @param srcOffset   where they start.
             * @param valueLength how many, 0 to 254.
             * @return this encoder.
             */
            public OuchAppendageEncoder option(final int tag, final org.agrona.DirectBuffer src, final int srcOffset,
                final int valueLength) {
                final int at = begin(tag, valueLength);
                buffer.putBytes(at, src, srcOffset, valueLength);
                return this;
            }
        """;

    private static final String ENCODER_TAIL = """
            private int begin(final int tag, final int valueLength) {
                final MutableDirectBuffer buffer = this.buffer;
                final int length = buffer.getShort(lengthIndex, BIG_ENDIAN) & 0xFFFF;
                final int at = lengthIndex + Ouch50.APPENDAGE_LENGTH_LENGTH + length;
                buffer.checkLimit(at + 2 + valueLength);
                final byte[] array = buffer.byteArray();
                final long address = buffer.addressOffset();
                WireAccess.putShortBigEndian(array, address + at, (short) ((valueLength + 1) << 8 | tag));
                WireAccess.putShortBigEndian(array, address + lengthIndex, (short) (length + 2 + valueLength));
                return at + 2;
            }
        """;

    OuchAppendageWriter(final Schema.Protocol protocol, final String origin) {
        super(protocol, origin);
    }

    @Override
    List<GeneratedFile> files() {
        if (protocol.options().isEmpty()) {
            return List.of();
        }
        return List.of(new GeneratedFile(protocol.pkg(), "OuchAppendageDecoder", decoder()),
            new GeneratedFile(protocol.pkg(), "OuchAppendageEncoder", encoder()));
    }

    private static String constant(final Schema.Field f) {
        return "OuchAppendage." + f.attr("constant", f.constantName());
    }

    private static String what(final Schema.Field f) {
        return f.doc().isEmpty() ? f.spec() + "." : f.spec() + ": " + f.doc();
    }

    private String decoder() {
        final SourceWriter w = source();
        w.line("import static java.nio.ByteOrder.BIG_ENDIAN;").line("");
        w.line("import org.agrona.DirectBuffer;").line("");
        w.javadoc(withNote(List.of("Reads the options of an OUCH 5.0 optional appendage (layout in {@link"
            + " OuchAppendage}): a flyweight over the option bytes of one message, with a cursor ({@link #next()},"
            + " {@link #tag()}, {@link #valueOffset()}) and a typed getter per option that finds its tag (a short"
            + " linear scan) and returns a documented sentinel when the option is absent. Allocation-free. Wrap only"
            + " appendages that passed {@link OuchAppendage#validate}, as the dispatchers do; the message decoders'"
            + " {@code appendage()} wraps it for you. Not thread-safe.")));
        final StringBuilder text = new StringBuilder(w.toString());
        text.append("public final class OuchAppendageDecoder {\n").append(DECODER_HEAD);
        final SourceWriter getters = new SourceWriter();
        getters.open("class X").line("");
        for (final Schema.Field f : protocol.options()) {
            getter(getters, f);
            getters.line("");
        }
        text.append(inner(getters)).append(DECODER_TAIL).append("}\n");
        return text.toString();
    }

    /** The methods written inside the placeholder class, without it. */
    private static String inner(final SourceWriter w) {
        final String text = w.toString();
        return text.substring(text.indexOf('\n') + 1);
    }

    private void getter(final SourceWriter w, final Schema.Field f) {
        final String type;
        final String absent;
        final String read;
        final String returns;
        switch (f.length()) {
            case 1:
                type = f.type() == FieldType.ALPHA ? "byte" : "int";
                absent = f.type() == FieldType.ALPHA ? "0" : "OuchAppendage.ABSENT";
                read = f.type() == FieldType.ALPHA ? "buffer.getByte(at)" : "buffer.getByte(at) & 0xFF";
                returns = f.type() == FieldType.ALPHA ? "the ASCII code" : "0 to 255";
                break;
            case 2:
                type = "int";
                absent = "OuchAppendage.ABSENT";
                read = "buffer.getShort(at, BIG_ENDIAN) & 0xFFFF";
                returns = "0 to 65535";
                break;
            case 4:
                type = f.type() == FieldType.ALPHA ? "int" : "long";
                absent = f.type() == FieldType.ALPHA ? "0" : f.type() == FieldType.SIGNED ? "OuchAppendage.ABSENT_LONG"
                    : "OuchAppendage.ABSENT";
                read = f.type() == FieldType.UNSIGNED ? "buffer.getInt(at, BIG_ENDIAN) & 0xFFFF_FFFFL"
                    : "buffer.getInt(at, BIG_ENDIAN)";
                returns = f.type() == FieldType.ALPHA ? "the 4 bytes packed big-endian (see {@link " + support
                    + "#packFirm})" : f.type() == FieldType.SIGNED ? "signed, " + f.attr("scale", "0")
                    + " implied decimals" : "0 to 4294967295";
                break;
            default:
                type = "long";
                absent = "OuchAppendage.ABSENT_LONG";
                read = "buffer.getLong(at, BIG_ENDIAN)";
                returns = f.type() == FieldType.PRICE ? "the signed value, " + f.attr("scale", "4")
                    + " implied decimals" : "the unsigned 64-bit value";
                break;
        }
        final String sentinel = absent.startsWith("OuchAppendage.") ? "{@link OuchAppendage#"
            + absent.substring("OuchAppendage.".length()) + "}" : absent;
        w.javadoc(List.of(what(f), "", "@return " + returns + "; " + sentinel + " if absent."));
        w.open("public " + type + " " + f.name() + "()");
        w.line("final int at = find(" + constant(f) + ");");
        w.line("return at < 0 ? " + absent + " : " + read + ";");
        w.close();
    }

    private String encoder() {
        final SourceWriter w = source();
        w.line("import static java.nio.ByteOrder.BIG_ENDIAN;").line("");
        w.line("import dev.hft.net.WireAccess;");
        w.line("import dev.hft.net.WireAlpha;");
        w.line("import org.agrona.MutableDirectBuffer;").line("");
        w.javadoc(withNote(List.of("Appends options to the optional appendage of an OUCH 5.0 message being encoded"
            + " (layout in {@link OuchAppendage}): each typed method writes one TLV after the options already there"
            + " and adds its size to the message's Appendage Length, so the message encoder's {@code encodedLength()}"
            + " follows. Get it from a message encoder's {@code appendage()}, after {@code wrap}. Allocation-free; no"
            + " bounds checks beyond the buffer's own. Not thread-safe.")));
        final StringBuilder text = new StringBuilder(w.toString());
        text.append("public final class OuchAppendageEncoder {\n").append(ENCODER_HEAD);
        final SourceWriter appends = new SourceWriter();
        appends.open("class X").line("");
        for (final Schema.Field f : protocol.options()) {
            append(appends, f);
            appends.line("");
        }
        text.append(inner(appends)).append(ENCODER_TAIL).append("}\n");
        return text.toString();
    }

    private void append(final SourceWriter w, final Schema.Field f) {
        final String n = f.name();
        final String type;
        final String param;
        final String write;
        switch (f.length()) {
            case 1:
                type = f.type() == FieldType.ALPHA ? "byte" : "int";
                param = f.type() == FieldType.ALPHA ? "the ASCII code." : "0 to 255.";
                write = f.type() == FieldType.ALPHA ? "buffer.putByte(at, " + n + ");"
                    : "buffer.putByte(at, (byte) " + n + ");";
                break;
            case 2:
                type = "int";
                param = "0 to 65535.";
                write = "buffer.putShort(at, (short) " + n + ", BIG_ENDIAN);";
                break;
            case 4:
                type = f.type() == FieldType.ALPHA ? "int" : "long";
                param = f.type() == FieldType.ALPHA ? "the 4 bytes packed big-endian (see {@link " + support
                    + "#packFirm})." : f.type() == FieldType.SIGNED ? "signed, " + f.attr("scale", "0")
                    + " implied decimals (low 32 bits written)." : "0 to 4294967295.";
                write = "buffer.putInt(at, " + (type.equals("int") ? "" : "(int) ") + n + ", BIG_ENDIAN);";
                break;
            default:
                type = "long";
                param = f.type() == FieldType.PRICE ? "the signed value, " + f.attr("scale", "4")
                    + " implied decimals." : "the unsigned 64-bit value (negative only above {@code"
                    + " Long.MAX_VALUE}).";
                write = "buffer.putLong(at, " + n + ", BIG_ENDIAN);";
                break;
        }
        w.javadoc(List.of("Appends " + what(f), "", "@param " + n + " " + param, "@return this encoder."));
        w.open("public OuchAppendageEncoder " + n + "(final " + type + " " + n + ")");
        w.line("final int at = begin(" + constant(f) + ", " + f.length() + ");");
        w.line(write);
        w.line("return this;");
        w.close();
        if (f.type() == FieldType.ALPHA && f.length() > 1) {
            w.line("");
            w.javadoc(List.of("Appends " + f.spec() + " from text, left-justified and padded with spaces (no"
                + " allocation).", "", "@param text at most " + f.length() + " ASCII characters.",
                "@return this encoder."));
            w.open("public OuchAppendageEncoder " + n + "(final CharSequence text)");
            w.line("final int at = begin(" + constant(f) + ", " + f.length() + ");");
            w.line("WireAlpha.putAlpha(buffer, at, text, " + f.length() + ");");
            w.line("return this;");
            w.close();
        }
    }
}
