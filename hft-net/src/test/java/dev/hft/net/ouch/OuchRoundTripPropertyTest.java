package dev.hft.net.ouch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Every OUCH 5.0 message type, both directions, round-trips: random values in every fixed field (within its width)
 * and random options in the appendage, encoded with our encoder at a random offset, come back unchanged through the
 * dispatcher and decoder, with the same length and no wire error. A second property covers every typed option of the
 * appendage (spec Appendix B) through its typed setter and getter, and the absent-option sentinels.
 */
class OuchRoundTripPropertyTest {
    private static final int[] KNOWN_TAGS = knownTags();

    @Provide
    Arbitrary<String> requests() {
        return Arbitraries.of(OuchMessages.REQUESTS);
    }

    @Provide
    Arbitrary<String> venueMessages() {
        return Arbitraries.of(OuchMessages.VENUE_MESSAGES);
    }

    @Property(tries = 400)
    void shouldRoundTripEveryVenueMessage(@ForAll("venueMessages") final String message, @ForAll final long seed)
        throws ReflectiveOperationException {
        roundTrip(message, seed, false);
    }

    @Property(tries = 300)
    void shouldRoundTripEveryRequest(@ForAll("requests") final String message, @ForAll final long seed)
        throws ReflectiveOperationException {
        roundTrip(message, seed, true);
    }

    private static void roundTrip(final String message, final long seed, final boolean request)
        throws ReflectiveOperationException {
        final Random random = new Random(seed);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[2048]);
        final int offset = random.nextInt(32);
        final Object encoder = OuchMessages.newEncoder(message, buffer, offset);
        final List<Object> written = OuchMessages.encodeRandom(message, encoder, random);
        final List<int[]> options = new ArrayList<>();
        if (OuchMessages.hasAppendage(message)) {
            final OuchAppendageEncoder appendage =
                (OuchAppendageEncoder) encoder.getClass().getMethod("appendage").invoke(encoder);
            final int count = random.nextInt(8);
            for (int i = 0; i < count; i++) {
                final int tag = random.nextInt(4) == 0 ? 200 + random.nextInt(56) : KNOWN_TAGS[random.nextInt(
                    KNOWN_TAGS.length)];
                final int length = OuchAppendage.valueLength(tag) >= 0 ? OuchAppendage.valueLength(tag)
                    : random.nextInt(12);
                final byte[] value = new byte[length];
                random.nextBytes(value);
                appendage.option(tag, new UnsafeBuffer(value), 0, length);
                final int[] option = new int[1 + length];
                option[0] = tag;
                for (int j = 0; j < length; j++) {
                    option[1 + j] = value[j];
                }
                options.add(option);
            }
        }
        final int length = OuchMessages.encodedLength(encoder);

        final WireErrorCounters errors = new WireErrorCounters("ouch", WireErrorListener.NO_OP);
        final List<Object> delivered = new ArrayList<>();
        final int result = request
            ? new OuchRequestDispatcher(recordingRequestListener(delivered), errors).onMessage(buffer, offset, length)
            : new OuchMessageDispatcher(recordingListener(delivered), errors).onMessage(buffer, offset, length);
        assertEquals(OuchMessages.type(message), result, () -> message + " " + errors);
        assertEquals(0, errors.total(), errors::toString);
        assertEquals(1, delivered.size());
        final Object decoder = delivered.get(0);
        assertEquals(message + "Decoder", decoder.getClass().getSimpleName());
        assertEquals(written, OuchMessages.decode(message, decoder));
        assertEquals(length, OuchMessages.encodedLength(decoder));
        if (OuchMessages.hasAppendage(message)) {
            final OuchAppendageDecoder appendage =
                (OuchAppendageDecoder) decoder.getClass().getMethod("appendage").invoke(decoder);
            final List<String> read = new ArrayList<>();
            while (appendage.next()) {
                final StringBuilder sb = new StringBuilder().append(appendage.tag());
                for (int j = 0; j < appendage.valueLength(); j++) {
                    sb.append(',').append(buffer.getByte(appendage.valueOffset() + j));
                }
                read.add(sb.toString());
            }
            final List<String> expected = new ArrayList<>();
            for (final int[] option : options) {
                final StringBuilder sb = new StringBuilder().append(option[0]);
                for (int j = 1; j < option.length; j++) {
                    sb.append(',').append(option[j]);
                }
                expected.add(sb.toString());
            }
            assertEquals(expected, read);
            assertEquals(options.size(), appendage.count());
        }
    }

    @Property(tries = 500)
    void shouldRoundTripEveryTypedOption(@ForAll final long seed) throws ReflectiveOperationException {
        final Random random = new Random(seed);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[1024]);
        final EnterOrderEncoder encoder = new EnterOrderEncoder().wrap(buffer, 0);
        final OuchAppendageEncoder appendage = encoder.appendage();
        final List<String> names = new ArrayList<>();
        final List<Long> values = new ArrayList<>();
        for (final int tag : KNOWN_TAGS) {
            final String name = optionName(tag);
            if (!random.nextBoolean()) {
                continue;
            }
            final Method getter = OuchAppendageDecoder.class.getMethod(name);
            final Class<?> type = getter.getReturnType();
            final int size = OuchAppendage.valueLength(tag);
            final boolean signed = tag == OuchAppendage.PEG_OFFSET || tag == OuchAppendage.DISCRETION_PEG_OFFSET;
            final long value;
            if (type == byte.class) {
                value = (byte) (1 + random.nextInt(255));
                OuchAppendageEncoder.class.getMethod(name, byte.class).invoke(appendage, (byte) value);
            } else if (type == int.class) {
                value = size == 4 ? random.nextInt() : random.nextInt(size == 1 ? 256 : 65536);
                OuchAppendageEncoder.class.getMethod(name, int.class).invoke(appendage, (int) value);
            } else {
                value = size == 8 ? random.nextLong() : signed ? random.nextInt() : random.nextLong() & 0xFFFF_FFFFL;
                OuchAppendageEncoder.class.getMethod(name, long.class).invoke(appendage, value);
            }
            names.add(name);
            values.add(value);
        }
        assertEquals(names.size(), OuchAppendage.validate(buffer, EnterOrderDecoder.APPENDAGE_LENGTH_OFFSET,
            appendage.length()));
        final OuchAppendageDecoder decoded = new EnterOrderDecoder().wrap(buffer, 0).appendage();
        for (final int tag : KNOWN_TAGS) {
            final String name = optionName(tag);
            final Object read = OuchAppendageDecoder.class.getMethod(name).invoke(decoded);
            final int index = names.indexOf(name);
            if (index >= 0) {
                assertEquals(values.get(index).longValue(), ((Number) read).longValue(), name);
            } else {
                final long absent = ((Number) read).longValue();
                final boolean sentinel = absent == 0 || absent == OuchAppendage.ABSENT
                    || absent == OuchAppendage.ABSENT_LONG;
                assertEquals(true, sentinel, name + " absent but read " + absent);
                assertEquals(false, decoded.has(tag), name);
            }
        }
    }

    @Property(tries = 2000)
    void shouldWriteAndReadClOrdIdNumbers(@ForAll final long seed) {
        final Random random = new Random(seed);
        final long number = random.nextInt(4) == 0 ? random.nextInt(1000)
            : Math.floorMod(random.nextLong(), 100_000_000_000_000L) / (long) Math.pow(10, random.nextInt(14));
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[128]);
        buffer.setMemory(0, 128, (byte) 'x');
        new EnterOrderEncoder().wrap(buffer, 3).clOrdIdNumber(number);
        final EnterOrderDecoder decoder = new EnterOrderDecoder().wrap(buffer, 3);
        assertEquals(number, decoder.clOrdIdNumber());
        final byte[] bytes = new byte[Ouch50.CL_ORD_ID_LENGTH];
        decoder.getClOrdId(bytes, 0);
        assertEquals(String.format("%-14d", number), new String(bytes, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals('x', buffer.getByte(3 + EnterOrderDecoder.CL_ORD_ID_OFFSET - 1));
    }

    private static String optionName(final int tag) throws IllegalAccessException {
        for (final Field field : OuchAppendage.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class && field.getInt(null) == tag
                && !field.getName().equals("ABSENT") && !field.getName().equals("MALFORMED")
                && !field.getName().equals("WRONG_VALUE_LENGTH")) {
                return OuchMessages.camel(field.getName());
            }
        }
        throw new AssertionError("no option constant for tag " + tag);
    }

    private static int[] knownTags() {
        final List<Integer> tags = new ArrayList<>();
        for (int tag = 0; tag < 256; tag++) {
            if (OuchAppendage.valueLength(tag) >= 0) {
                tags.add(tag);
            }
        }
        return tags.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A listener that keeps every decoder it is given (the test reads it right after the call). */
    static OuchListener recordingListener(final List<Object> delivered) {
        return (OuchListener) java.lang.reflect.Proxy.newProxyInstance(OuchListener.class.getClassLoader(),
            new Class<?>[] {OuchListener.class}, (proxy, method, args) -> {
                if (method.getName().startsWith("on")) {
                    delivered.add(args[0]);
                }
                return null;
            });
    }

    /** A request listener that keeps every decoder it is given. */
    static OuchRequestListener recordingRequestListener(final List<Object> delivered) {
        return (OuchRequestListener) java.lang.reflect.Proxy.newProxyInstance(
            OuchRequestListener.class.getClassLoader(), new Class<?>[] {OuchRequestListener.class},
            (proxy, method, args) -> {
                if (method.getName().startsWith("on")) {
                    delivered.add(args[0]);
                }
                return null;
            });
    }
}
