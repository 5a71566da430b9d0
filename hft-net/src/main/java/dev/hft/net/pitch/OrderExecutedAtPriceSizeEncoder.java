package dev.hft.net.pitch;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Writes one Order Executed at Price/Size message, type {@code 0x24} (spec §4.4.2), in place; the layout is in
 * {@link OrderExecutedAtPriceSizeDecoder}. {@link #wrap} writes the Length and Message Type bytes; each setter writes
 * one field and returns this encoder. Nothing is checked and nothing allocated: the caller provides {@link #LENGTH}
 * writable bytes.
 */
public final class OrderExecutedAtPriceSizeEncoder {
    /** Message Type byte. */
    public static final int TYPE = OrderExecutedAtPriceSizeDecoder.TYPE;
    /** Message length in bytes, Length and Message Type bytes included. */
    public static final int LENGTH = OrderExecutedAtPriceSizeDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Points this encoder at {@link #LENGTH} writable bytes and writes the Length and Message Type bytes.
     *
     * @param buffer where to write.
     * @param offset where the message's Length byte goes.
     * @return this encoder.
     */
    public OrderExecutedAtPriceSizeEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
        buffer.putByte(offset + Pitch.MESSAGE_LENGTH_OFFSET, (byte) LENGTH);
        buffer.putByte(offset + Pitch.MESSAGE_TYPE_OFFSET, (byte) TYPE);
        return this;
    }

    /**
     * Writes Time Offset: ns after the unit's last Time message.
     *
     * @param timeOffset 0 to 4,294,967,295 (the low 32 bits are written).
     * @return this encoder.
     */
    public OrderExecutedAtPriceSizeEncoder timeOffset(final long timeOffset) {
        buffer.putInt(offset + OrderExecutedAtPriceSizeDecoder.TIME_OFFSET_OFFSET, (int) timeOffset, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Order Id: the executed order.
     *
     * @param orderId the 64 bits to send.
     * @return this encoder.
     */
    public OrderExecutedAtPriceSizeEncoder orderId(final long orderId) {
        buffer.putLong(offset + OrderExecutedAtPriceSizeDecoder.ORDER_ID_OFFSET, orderId, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Executed Quantity: shares executed.
     *
     * @param executedQuantity 0 to 4,294,967,295 (the low 32 bits are written).
     * @return this encoder.
     */
    public OrderExecutedAtPriceSizeEncoder executedQuantity(final long executedQuantity) {
        buffer.putInt(offset + OrderExecutedAtPriceSizeDecoder.EXECUTED_QUANTITY_OFFSET, (int) executedQuantity,
            LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Remaining Quantity: shares left on the order.
     *
     * @param remainingQuantity 0 to 4,294,967,295 (the low 32 bits are written).
     * @return this encoder.
     */
    public OrderExecutedAtPriceSizeEncoder remainingQuantity(final long remainingQuantity) {
        buffer.putInt(offset + OrderExecutedAtPriceSizeDecoder.REMAINING_QUANTITY_OFFSET, (int) remainingQuantity,
            LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Execution Id: day-unique execution id.
     *
     * @param executionId the 64 bits to send.
     * @return this encoder.
     */
    public OrderExecutedAtPriceSizeEncoder executionId(final long executionId) {
        buffer.putLong(offset + OrderExecutedAtPriceSizeDecoder.EXECUTION_ID_OFFSET, executionId, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Price: execution price.
     *
     * @param price the raw Binary Long Price ({@value Pitch#LONG_PRICE_DECIMALS} implied decimals).
     * @return this encoder.
     */
    public OrderExecutedAtPriceSizeEncoder price(final long price) {
        buffer.putLong(offset + OrderExecutedAtPriceSizeDecoder.PRICE_OFFSET, price, LITTLE_ENDIAN);
        return this;
    }
}
