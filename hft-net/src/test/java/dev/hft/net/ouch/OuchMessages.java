package dev.hft.net.ouch;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Reflection over the generated-shape codecs, for property tests that cover every message type the same way: the
 * field layout is read from the decoder's {@code XXX_OFFSET} constants, values are random within each field's width,
 * set through the encoder's setter and read back through the decoder's getter of the same name.
 */
final class OuchMessages {
    static final List<String> REQUESTS = List.of("EnterOrder", "ReplaceOrder", "CancelOrder", "ModifyOrder",
        "MassCancelRequest", "DisableOrderEntryRequest", "EnableOrderEntryRequest", "AccountQueryRequest");
    static final List<String> VENUE_MESSAGES = List.of("SystemEvent", "OrderAccepted", "OrderReplaced",
        "OrderCanceled", "AiqCanceled", "OrderExecuted", "BrokenTrade", "TradeCorrection", "OrderRejected",
        "CancelPending", "CancelReject", "OrderPriorityUpdate", "OrderModified", "OrderRestated", "MassCancelResponse",
        "DisableOrderEntryResponse", "EnableOrderEntryResponse", "AccountQueryResponse");

    /** One fixed field: its getter/setter name, offset and width. */
    record FieldSpec(String name, int offset, int width) {
    }

    private OuchMessages() {
    }

    static Class<?> decoderClass(final String message) throws ClassNotFoundException {
        return Class.forName("dev.hft.net.ouch." + message + "Decoder");
    }

    static Class<?> encoderClass(final String message) throws ClassNotFoundException {
        return Class.forName("dev.hft.net.ouch." + message + "Encoder");
    }

    static int fixedLength(final String message) throws ReflectiveOperationException {
        return decoderClass(message).getField("LENGTH").getInt(null);
    }

    static byte type(final String message) throws ReflectiveOperationException {
        return decoderClass(message).getField("TYPE").getByte(null);
    }

    static boolean hasAppendage(final String message) throws ReflectiveOperationException {
        for (final Method method : decoderClass(message).getMethods()) {
            if (method.getName().equals("appendage")) {
                return true;
            }
        }
        return false;
    }

    static List<FieldSpec> fields(final String message) throws ReflectiveOperationException {
        final Class<?> decoder = decoderClass(message);
        final List<FieldSpec> fields = new ArrayList<>();
        for (final Field field : decoder.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getName().endsWith("_OFFSET")
                && !field.getName().equals("APPENDAGE_LENGTH_OFFSET")) {
                fields.add(new FieldSpec(camel(field.getName().replace("_OFFSET", "")), field.getInt(null), 0));
            }
        }
        fields.sort(Comparator.comparingInt(FieldSpec::offset));
        final int end = fixedLength(message) - (hasAppendage(message) ? Ouch50.APPENDAGE_LENGTH_LENGTH : 0);
        final List<FieldSpec> sized = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            final int next = i + 1 < fields.size() ? fields.get(i + 1).offset() : end;
            sized.add(new FieldSpec(fields.get(i).name(), fields.get(i).offset(), next - fields.get(i).offset()));
        }
        return sized;
    }

    static String camel(final String constant) {
        final StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (final char c : constant.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? c : Character.toLowerCase(c));
                upper = false;
            }
        }
        return sb.toString();
    }

    /**
     * Encodes a message with random values in every field and returns them (14-byte fields as Strings, others as
     * Long), in field order.
     */
    static List<Object> encodeRandom(final String message, final Object encoder, final Random random)
        throws ReflectiveOperationException {
        final List<Object> values = new ArrayList<>();
        for (final FieldSpec field : fields(message)) {
            final Class<?> type = encoder.getClass();
            switch (field.width()) {
                case 14: {
                    final StringBuilder text = new StringBuilder();
                    final int length = random.nextInt(15);
                    for (int i = 0; i < length; i++) {
                        text.append((char) ('!' + random.nextInt(94)));
                    }
                    type.getMethod(field.name(), CharSequence.class).invoke(encoder, text);
                    values.add(String.format("%-14s", text));
                    break;
                }
                case 1: {
                    final byte value = (byte) random.nextInt(256);
                    type.getMethod(field.name(), byte.class).invoke(encoder, value);
                    values.add((long) value);
                    break;
                }
                case 2: {
                    final int value = random.nextInt(65536);
                    type.getMethod(field.name(), int.class).invoke(encoder, value);
                    values.add((long) value);
                    break;
                }
                case 4: {
                    if (hasMethod(type, field.name(), int.class)) {
                        final int value = random.nextInt();
                        type.getMethod(field.name(), int.class).invoke(encoder, value);
                        values.add((long) value);
                    } else {
                        final long value = random.nextLong() & 0xFFFF_FFFFL;
                        type.getMethod(field.name(), long.class).invoke(encoder, value);
                        values.add(value);
                    }
                    break;
                }
                case 8: {
                    final long value = random.nextLong();
                    type.getMethod(field.name(), long.class).invoke(encoder, value);
                    values.add(value);
                    break;
                }
                default:
                    throw new AssertionError("unexpected width " + field);
            }
        }
        return values;
    }

    /** Reads every fixed field back through the decoder's getters, in the shape {@link #encodeRandom} returns. */
    static List<Object> decode(final String message, final Object decoder) throws ReflectiveOperationException {
        final List<Object> values = new ArrayList<>();
        for (final FieldSpec field : fields(message)) {
            if (field.width() == 14) {
                final byte[] bytes = new byte[14];
                decoder.getClass().getMethod("get" + Character.toUpperCase(field.name().charAt(0))
                    + field.name().substring(1), byte[].class, int.class).invoke(decoder, bytes, 0);
                values.add(new String(bytes, java.nio.charset.StandardCharsets.US_ASCII));
            } else {
                values.add(((Number) decoder.getClass().getMethod(field.name()).invoke(decoder)).longValue());
            }
        }
        return values;
    }

    static Object newEncoder(final String message, final MutableDirectBuffer buffer, final int offset)
        throws ReflectiveOperationException {
        final Object encoder = encoderClass(message).getConstructor().newInstance();
        encoder.getClass().getMethod("wrap", MutableDirectBuffer.class, int.class).invoke(encoder, buffer, offset);
        return encoder;
    }

    static Object newDecoder(final String message, final DirectBuffer buffer, final int offset)
        throws ReflectiveOperationException {
        final Object decoder = decoderClass(message).getConstructor().newInstance();
        decoder.getClass().getMethod("wrap", DirectBuffer.class, int.class).invoke(decoder, buffer, offset);
        return decoder;
    }

    static int encodedLength(final Object codec) throws ReflectiveOperationException {
        return (Integer) codec.getClass().getMethod("encodedLength").invoke(codec);
    }

    private static boolean hasMethod(final Class<?> type, final String name, final Class<?> parameter) {
        try {
            type.getMethod(name, parameter);
            return true;
        } catch (final NoSuchMethodException ex) {
            return false;
        }
    }
}
