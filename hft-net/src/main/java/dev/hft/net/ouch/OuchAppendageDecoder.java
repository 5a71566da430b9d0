package dev.hft.net.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Reads the options of an OUCH 5.0 optional appendage (layout in {@link OuchAppendage}): a flyweight over the option
 * bytes of one message, with a cursor ({@link #next()}, {@link #tag()}, {@link #valueOffset()}) and a typed getter per
 * option that finds its tag (a short linear scan) and returns a documented sentinel when the option is absent.
 * Allocation-free. Wrap only appendages that passed {@link OuchAppendage#validate}, as the dispatchers do; the message
 * decoders' {@code appendage()} wraps it for you. Not thread-safe.
 */
public final class OuchAppendageDecoder {
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

    /**
     * Secondary Ord Ref Num: an alternative order reference number (e.g. of a reserve order's displayed part).
     *
     * @return the unsigned 64-bit value; {@link OuchAppendage#ABSENT_LONG} if absent.
     */
    public long secondaryOrdRefNum() {
        final int at = find(OuchAppendage.SECONDARY_ORD_REF_NUM);
        return at < 0 ? OuchAppendage.ABSENT_LONG : buffer.getLong(at, BIG_ENDIAN);
    }

    /**
     * Firm: the MPID the order is entered for.
     *
     * @return the 4 bytes packed big-endian (see {@link Ouch50#packFirm}); 0 if absent.
     */
    public int firm() {
        final int at = find(OuchAppendage.FIRM);
        return at < 0 ? 0 : buffer.getInt(at, BIG_ENDIAN);
    }

    /**
     * Min Qty: minimum quantity to execute.
     *
     * @return 0 to 4294967295; {@link OuchAppendage#ABSENT} if absent.
     */
    public long minQty() {
        final int at = find(OuchAppendage.MIN_QTY);
        return at < 0 ? OuchAppendage.ABSENT : buffer.getInt(at, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Customer Type: R retail, N not retail, space for the port default.
     *
     * @return the ASCII code; 0 if absent.
     */
    public byte customerType() {
        final int at = find(OuchAppendage.CUSTOMER_TYPE);
        return at < 0 ? 0 : buffer.getByte(at);
    }

    /**
     * Max Floor: the displayed part of a reserve order.
     *
     * @return 0 to 4294967295; {@link OuchAppendage#ABSENT} if absent.
     */
    public long maxFloor() {
        final int at = find(OuchAppendage.MAX_FLOOR);
        return at < 0 ? OuchAppendage.ABSENT : buffer.getInt(at, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Price Type: L limit, P primary peg, M market peg, m midpoint, R/Q and the other codes of the spec.
     *
     * @return the ASCII code; 0 if absent.
     */
    public byte priceType() {
        final int at = find(OuchAppendage.PRICE_TYPE);
        return at < 0 ? 0 : buffer.getByte(at);
    }

    /**
     * Peg Offset: signed offset from the peg, 4 implied decimals.
     *
     * @return signed, 4 implied decimals; {@link OuchAppendage#ABSENT_LONG} if absent.
     */
    public long pegOffset() {
        final int at = find(OuchAppendage.PEG_OFFSET);
        return at < 0 ? OuchAppendage.ABSENT_LONG : buffer.getInt(at, BIG_ENDIAN);
    }

    /**
     * Discretion: legacy discretion flag.
     *
     * @return the ASCII code; 0 if absent.
     */
    public byte discretion() {
        final int at = find(OuchAppendage.DISCRETION);
        return at < 0 ? 0 : buffer.getByte(at);
    }

    /**
     * Discretion Price: 4 implied decimals.
     *
     * @return the signed value, 4 implied decimals; {@link OuchAppendage#ABSENT_LONG} if absent.
     */
    public long discretionPrice() {
        final int at = find(OuchAppendage.DISCRETION_PRICE);
        return at < 0 ? OuchAppendage.ABSENT_LONG : buffer.getLong(at, BIG_ENDIAN);
    }

    /**
     * Discretion Price Type.
     *
     * @return the ASCII code; 0 if absent.
     */
    public byte discretionPriceType() {
        final int at = find(OuchAppendage.DISCRETION_PRICE_TYPE);
        return at < 0 ? 0 : buffer.getByte(at);
    }

    /**
     * Discretion Peg Offset: signed, 4 implied decimals.
     *
     * @return signed, 4 implied decimals; {@link OuchAppendage#ABSENT_LONG} if absent.
     */
    public long discretionPegOffset() {
        final int at = find(OuchAppendage.DISCRETION_PEG_OFFSET);
        return at < 0 ? OuchAppendage.ABSENT_LONG : buffer.getInt(at, BIG_ENDIAN);
    }

    /**
     * Post Only: P post only, N no.
     *
     * @return the ASCII code; 0 if absent.
     */
    public byte postOnly() {
        final int at = find(OuchAppendage.POST_ONLY);
        return at < 0 ? 0 : buffer.getByte(at);
    }

    /**
     * Random Reserves: shares of random replenishment.
     *
     * @return 0 to 4294967295; {@link OuchAppendage#ABSENT} if absent.
     */
    public long randomReserves() {
        final int at = find(OuchAppendage.RANDOM_RESERVES);
        return at < 0 ? OuchAppendage.ABSENT : buffer.getInt(at, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Route: the routing strategy.
     *
     * @return the 4 bytes packed big-endian (see {@link Ouch50#packFirm}); 0 if absent.
     */
    public int route() {
        final int at = find(OuchAppendage.ROUTE);
        return at < 0 ? 0 : buffer.getInt(at, BIG_ENDIAN);
    }

    /**
     * Expire Time: seconds to live (or seconds since midnight, see the spec), under 86,400.
     *
     * @return 0 to 4294967295; {@link OuchAppendage#ABSENT} if absent.
     */
    public long expireTime() {
        final int at = find(OuchAppendage.EXPIRE_TIME);
        return at < 0 ? OuchAppendage.ABSENT : buffer.getInt(at, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Trade Now: Y, N, or space for the port default.
     *
     * @return the ASCII code; 0 if absent.
     */
    public byte tradeNow() {
        final int at = find(OuchAppendage.TRADE_NOW);
        return at < 0 ? 0 : buffer.getByte(at);
    }

    /**
     * Handle Inst: order handling instructions (e.g. I imbalance only, O retail order type 1).
     *
     * @return the ASCII code; 0 if absent.
     */
    public byte handleInst() {
        final int at = find(OuchAppendage.HANDLE_INST);
        return at < 0 ? 0 : buffer.getByte(at);
    }

    /**
     * BBO Weight Indicator: 0 to 3, S, or space.
     *
     * @return the ASCII code; 0 if absent.
     */
    public byte bboWeightIndicator() {
        final int at = find(OuchAppendage.BBO_WEIGHT_INDICATOR);
        return at < 0 ? 0 : buffer.getByte(at);
    }

    /**
     * Reference Price: 4 implied decimals (Order Executed only).
     *
     * @return the signed value, 4 implied decimals; {@link OuchAppendage#ABSENT_LONG} if absent.
     */
    public long referencePrice() {
        final int at = find(OuchAppendage.REFERENCE_PRICE);
        return at < 0 ? OuchAppendage.ABSENT_LONG : buffer.getLong(at, BIG_ENDIAN);
    }

    /**
     * Reference Price Type: e.g. C closing cross (Order Executed only).
     *
     * @return the ASCII code; 0 if absent.
     */
    public byte referencePriceType() {
        final int at = find(OuchAppendage.REFERENCE_PRICE_TYPE);
        return at < 0 ? 0 : buffer.getByte(at);
    }

    /**
     * Display Quantity: the displayed quantity after a restatement.
     *
     * @return 0 to 4294967295; {@link OuchAppendage#ABSENT} if absent.
     */
    public long displayQuantity() {
        final int at = find(OuchAppendage.DISPLAY_QUANTITY);
        return at < 0 ? OuchAppendage.ABSENT : buffer.getInt(at, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Display Price: the displayed price after a restatement, 4 implied decimals.
     *
     * @return the signed value, 4 implied decimals; {@link OuchAppendage#ABSENT_LONG} if absent.
     */
    public long displayPrice() {
        final int at = find(OuchAppendage.DISPLAY_PRICE);
        return at < 0 ? OuchAppendage.ABSENT_LONG : buffer.getLong(at, BIG_ENDIAN);
    }

    /**
     * Group ID: the customer group of the order, for group mass cancels.
     *
     * @return 0 to 65535; {@link OuchAppendage#ABSENT} if absent.
     */
    public int groupId() {
        final int at = find(OuchAppendage.GROUP_ID);
        return at < 0 ? OuchAppendage.ABSENT : buffer.getShort(at, BIG_ENDIAN) & 0xFFFF;
    }

    /**
     * Shares Located: Y or N, for short sales.
     *
     * @return the ASCII code; 0 if absent.
     */
    public byte sharesLocated() {
        final int at = find(OuchAppendage.SHARES_LOCATED);
        return at < 0 ? 0 : buffer.getByte(at);
    }

    /**
     * Locate Broker: the broker the locate came from.
     *
     * @return the 4 bytes packed big-endian (see {@link Ouch50#packFirm}); 0 if absent.
     */
    public int locateBroker() {
        final int at = find(OuchAppendage.LOCATE_BROKER);
        return at < 0 ? 0 : buffer.getInt(at, BIG_ENDIAN);
    }

    /**
     * Side: restricts a mass cancel to one side.
     *
     * @return the ASCII code; 0 if absent.
     */
    public byte side() {
        final int at = find(OuchAppendage.SIDE);
        return at < 0 ? 0 : buffer.getByte(at);
    }

    /**
     * User Ref Idx: the channel within the port the UserRefNum belongs to.
     *
     * @return 0 to 255; {@link OuchAppendage#ABSENT} if absent.
     */
    public int userRefIdx() {
        final int at = find(OuchAppendage.USER_REF_IDX);
        return at < 0 ? OuchAppendage.ABSENT : buffer.getByte(at) & 0xFF;
    }

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
}
