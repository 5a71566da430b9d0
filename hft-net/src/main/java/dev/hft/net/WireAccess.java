package dev.hft.net;

import java.nio.ByteOrder;

import org.agrona.BufferUtil;
import org.agrona.UnsafeApi;

/**
 * Unchecked big- and little-endian reads and writes for the generated codec flyweights, at an address as Agrona's
 * {@code UnsafeBuffer} computes it ({@code byteArray()} and {@code addressOffset() + index}): what
 * {@code UnsafeBuffer} itself does once it has checked the bounds, without the check. A flyweight checks once, at
 * {@code wrap}, that its whole message lies in the buffer, and then reads or writes each field through these.
 *
 * <p>Never call these with an address that was not checked against the buffer: nothing here checks anything.
 * Stateless and thread-safe; every method is small enough to be inlined.
 */
public final class WireAccess {
    /**
     * Length of the scratch arrays an unwrapped flyweight points at: longer than the fixed part of any generated
     * message (a PITCH Length byte cannot exceed 255; ITCH and OUCH messages are shorter).
     */
    public static final int UNWRAPPED_LENGTH = 256;

    /**
     * The bytes a generated decoder reads before its first {@code wrap}: zeros, never written. With
     * {@link #UNWRAPPED_ADDRESS} it stands where {@code byteArray()} and {@code addressOffset()} of a buffer stand,
     * so a getter called too early reads zeros instead of absolute address 0 (which could crash the JVM), without a
     * branch on the hot path.
     */
    public static final byte[] UNWRAPPED_DECODER = new byte[UNWRAPPED_LENGTH];

    /**
     * The bytes a generated encoder writes before its first {@code wrap}: scratch that nothing reads, shared by every
     * encoder of every thread (what lands in it is garbage by design).
     */
    public static final byte[] UNWRAPPED_ENCODER = new byte[UNWRAPPED_LENGTH];

    /** The address of index 0 of {@link #UNWRAPPED_DECODER} and {@link #UNWRAPPED_ENCODER}. */
    public static final long UNWRAPPED_ADDRESS = BufferUtil.ARRAY_BASE_OFFSET;

    private static final boolean NATIVE_BIG_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN;

    private WireAccess() {
    }

    /**
     * Reads one byte.
     *
     * @param array   the buffer's {@code byteArray()}, or {@code null} for off-heap memory.
     * @param address the buffer's {@code addressOffset()} plus the index.
     * @return the byte.
     */
    public static byte getByte(final byte[] array, final long address) {
        return UnsafeApi.getByte(array, address);
    }

    /**
     * Reads a big-endian 16-bit integer.
     *
     * @param array   the buffer's {@code byteArray()}, or {@code null} for off-heap memory.
     * @param address the buffer's {@code addressOffset()} plus the index.
     * @return the value.
     */
    public static short getShortBigEndian(final byte[] array, final long address) {
        final short value = UnsafeApi.getShort(array, address);
        return NATIVE_BIG_ENDIAN ? value : Short.reverseBytes(value);
    }

    /**
     * Reads a big-endian 32-bit integer.
     *
     * @param array   the buffer's {@code byteArray()}, or {@code null} for off-heap memory.
     * @param address the buffer's {@code addressOffset()} plus the index.
     * @return the value.
     */
    public static int getIntBigEndian(final byte[] array, final long address) {
        final int value = UnsafeApi.getInt(array, address);
        return NATIVE_BIG_ENDIAN ? value : Integer.reverseBytes(value);
    }

    /**
     * Reads a big-endian 64-bit integer.
     *
     * @param array   the buffer's {@code byteArray()}, or {@code null} for off-heap memory.
     * @param address the buffer's {@code addressOffset()} plus the index.
     * @return the value.
     */
    public static long getLongBigEndian(final byte[] array, final long address) {
        final long value = UnsafeApi.getLong(array, address);
        return NATIVE_BIG_ENDIAN ? value : Long.reverseBytes(value);
    }

    /**
     * Reads a little-endian 16-bit integer.
     *
     * @param array   the buffer's {@code byteArray()}, or {@code null} for off-heap memory.
     * @param address the buffer's {@code addressOffset()} plus the index.
     * @return the value.
     */
    public static short getShortLittleEndian(final byte[] array, final long address) {
        final short value = UnsafeApi.getShort(array, address);
        return NATIVE_BIG_ENDIAN ? Short.reverseBytes(value) : value;
    }

    /**
     * Reads a little-endian 32-bit integer.
     *
     * @param array   the buffer's {@code byteArray()}, or {@code null} for off-heap memory.
     * @param address the buffer's {@code addressOffset()} plus the index.
     * @return the value.
     */
    public static int getIntLittleEndian(final byte[] array, final long address) {
        final int value = UnsafeApi.getInt(array, address);
        return NATIVE_BIG_ENDIAN ? Integer.reverseBytes(value) : value;
    }

    /**
     * Reads a little-endian 64-bit integer.
     *
     * @param array   the buffer's {@code byteArray()}, or {@code null} for off-heap memory.
     * @param address the buffer's {@code addressOffset()} plus the index.
     * @return the value.
     */
    public static long getLongLittleEndian(final byte[] array, final long address) {
        final long value = UnsafeApi.getLong(array, address);
        return NATIVE_BIG_ENDIAN ? Long.reverseBytes(value) : value;
    }

    /**
     * Writes one byte.
     *
     * @param array   the buffer's {@code byteArray()}, or {@code null} for off-heap memory.
     * @param address the buffer's {@code addressOffset()} plus the index.
     * @param value   the byte.
     */
    public static void putByte(final byte[] array, final long address, final byte value) {
        UnsafeApi.putByte(array, address, value);
    }

    /**
     * Writes a big-endian 16-bit integer.
     *
     * @param array   the buffer's {@code byteArray()}, or {@code null} for off-heap memory.
     * @param address the buffer's {@code addressOffset()} plus the index.
     * @param value   the value.
     */
    public static void putShortBigEndian(final byte[] array, final long address, final short value) {
        UnsafeApi.putShort(array, address, NATIVE_BIG_ENDIAN ? value : Short.reverseBytes(value));
    }

    /**
     * Writes a big-endian 32-bit integer.
     *
     * @param array   the buffer's {@code byteArray()}, or {@code null} for off-heap memory.
     * @param address the buffer's {@code addressOffset()} plus the index.
     * @param value   the value.
     */
    public static void putIntBigEndian(final byte[] array, final long address, final int value) {
        UnsafeApi.putInt(array, address, NATIVE_BIG_ENDIAN ? value : Integer.reverseBytes(value));
    }

    /**
     * Writes a big-endian 64-bit integer.
     *
     * @param array   the buffer's {@code byteArray()}, or {@code null} for off-heap memory.
     * @param address the buffer's {@code addressOffset()} plus the index.
     * @param value   the value.
     */
    public static void putLongBigEndian(final byte[] array, final long address, final long value) {
        UnsafeApi.putLong(array, address, NATIVE_BIG_ENDIAN ? value : Long.reverseBytes(value));
    }

    /**
     * Writes a little-endian 16-bit integer.
     *
     * @param array   the buffer's {@code byteArray()}, or {@code null} for off-heap memory.
     * @param address the buffer's {@code addressOffset()} plus the index.
     * @param value   the value.
     */
    public static void putShortLittleEndian(final byte[] array, final long address, final short value) {
        UnsafeApi.putShort(array, address, NATIVE_BIG_ENDIAN ? Short.reverseBytes(value) : value);
    }

    /**
     * Writes a little-endian 32-bit integer.
     *
     * @param array   the buffer's {@code byteArray()}, or {@code null} for off-heap memory.
     * @param address the buffer's {@code addressOffset()} plus the index.
     * @param value   the value.
     */
    public static void putIntLittleEndian(final byte[] array, final long address, final int value) {
        UnsafeApi.putInt(array, address, NATIVE_BIG_ENDIAN ? Integer.reverseBytes(value) : value);
    }

    /**
     * Writes a little-endian 64-bit integer.
     *
     * @param array   the buffer's {@code byteArray()}, or {@code null} for off-heap memory.
     * @param address the buffer's {@code addressOffset()} plus the index.
     * @param value   the value.
     */
    public static void putLongLittleEndian(final byte[] array, final long address, final long value) {
        UnsafeApi.putLong(array, address, NATIVE_BIG_ENDIAN ? Long.reverseBytes(value) : value);
    }
}
