package dev.hft.net.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import dev.hft.net.WireAccess;
import dev.hft.net.WireAlpha;
import org.agrona.MutableDirectBuffer;

/**
 * Appends options to the optional appendage of an OUCH 5.0 message being encoded (layout in {@link OuchAppendage}):
 * each typed method writes one TLV after the options already there and adds its size to the message's Appendage Length,
 * so the message encoder's {@code encodedLength()} follows. Get it from a message encoder's {@code appendage()}, after
 * {@code wrap}. Allocation-free; no bounds checks beyond the buffer's own. Not thread-safe.
 */
public final class OuchAppendageEncoder {
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
     * Appends an option with any tag and raw value bytes (e.g. one this package does not know, or a copy of a decoded
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

    /**
     * Appends Secondary Ord Ref Num: an alternative order reference number (e.g. of a reserve order's displayed part).
     *
     * @param secondaryOrdRefNum the unsigned 64-bit value (negative only above {@code Long.MAX_VALUE}).
     * @return this encoder.
     */
    public OuchAppendageEncoder secondaryOrdRefNum(final long secondaryOrdRefNum) {
        final int at = begin(OuchAppendage.SECONDARY_ORD_REF_NUM, 8);
        buffer.putLong(at, secondaryOrdRefNum, BIG_ENDIAN);
        return this;
    }

    /**
     * Appends Firm: the MPID the order is entered for.
     *
     * @param firm the 4 bytes packed big-endian (see {@link Ouch50#packFirm}).
     * @return this encoder.
     */
    public OuchAppendageEncoder firm(final int firm) {
        final int at = begin(OuchAppendage.FIRM, 4);
        buffer.putInt(at, firm, BIG_ENDIAN);
        return this;
    }

    /**
     * Appends Firm from text, left-justified and padded with spaces (no allocation).
     *
     * @param text at most 4 ASCII characters.
     * @return this encoder.
     */
    public OuchAppendageEncoder firm(final CharSequence text) {
        final int at = begin(OuchAppendage.FIRM, 4);
        WireAlpha.putAlpha(buffer, at, text, 4);
        return this;
    }

    /**
     * Appends Min Qty: minimum quantity to execute.
     *
     * @param minQty 0 to 4294967295.
     * @return this encoder.
     */
    public OuchAppendageEncoder minQty(final long minQty) {
        final int at = begin(OuchAppendage.MIN_QTY, 4);
        buffer.putInt(at, (int) minQty, BIG_ENDIAN);
        return this;
    }

    /**
     * Appends Customer Type: R retail, N not retail, space for the port default.
     *
     * @param customerType the ASCII code.
     * @return this encoder.
     */
    public OuchAppendageEncoder customerType(final byte customerType) {
        final int at = begin(OuchAppendage.CUSTOMER_TYPE, 1);
        buffer.putByte(at, customerType);
        return this;
    }

    /**
     * Appends Max Floor: the displayed part of a reserve order.
     *
     * @param maxFloor 0 to 4294967295.
     * @return this encoder.
     */
    public OuchAppendageEncoder maxFloor(final long maxFloor) {
        final int at = begin(OuchAppendage.MAX_FLOOR, 4);
        buffer.putInt(at, (int) maxFloor, BIG_ENDIAN);
        return this;
    }

    /**
     * Appends Price Type: L limit, P primary peg, M market peg, m midpoint, R/Q and the other codes of the spec.
     *
     * @param priceType the ASCII code.
     * @return this encoder.
     */
    public OuchAppendageEncoder priceType(final byte priceType) {
        final int at = begin(OuchAppendage.PRICE_TYPE, 1);
        buffer.putByte(at, priceType);
        return this;
    }

    /**
     * Appends Peg Offset: signed offset from the peg, 4 implied decimals.
     *
     * @param pegOffset signed, 4 implied decimals (low 32 bits written).
     * @return this encoder.
     */
    public OuchAppendageEncoder pegOffset(final long pegOffset) {
        final int at = begin(OuchAppendage.PEG_OFFSET, 4);
        buffer.putInt(at, (int) pegOffset, BIG_ENDIAN);
        return this;
    }

    /**
     * Appends Discretion: legacy discretion flag.
     *
     * @param discretion the ASCII code.
     * @return this encoder.
     */
    public OuchAppendageEncoder discretion(final byte discretion) {
        final int at = begin(OuchAppendage.DISCRETION, 1);
        buffer.putByte(at, discretion);
        return this;
    }

    /**
     * Appends Discretion Price: 4 implied decimals.
     *
     * @param discretionPrice the signed value, 4 implied decimals.
     * @return this encoder.
     */
    public OuchAppendageEncoder discretionPrice(final long discretionPrice) {
        final int at = begin(OuchAppendage.DISCRETION_PRICE, 8);
        buffer.putLong(at, discretionPrice, BIG_ENDIAN);
        return this;
    }

    /**
     * Appends Discretion Price Type.
     *
     * @param discretionPriceType the ASCII code.
     * @return this encoder.
     */
    public OuchAppendageEncoder discretionPriceType(final byte discretionPriceType) {
        final int at = begin(OuchAppendage.DISCRETION_PRICE_TYPE, 1);
        buffer.putByte(at, discretionPriceType);
        return this;
    }

    /**
     * Appends Discretion Peg Offset: signed, 4 implied decimals.
     *
     * @param discretionPegOffset signed, 4 implied decimals (low 32 bits written).
     * @return this encoder.
     */
    public OuchAppendageEncoder discretionPegOffset(final long discretionPegOffset) {
        final int at = begin(OuchAppendage.DISCRETION_PEG_OFFSET, 4);
        buffer.putInt(at, (int) discretionPegOffset, BIG_ENDIAN);
        return this;
    }

    /**
     * Appends Post Only: P post only, N no.
     *
     * @param postOnly the ASCII code.
     * @return this encoder.
     */
    public OuchAppendageEncoder postOnly(final byte postOnly) {
        final int at = begin(OuchAppendage.POST_ONLY, 1);
        buffer.putByte(at, postOnly);
        return this;
    }

    /**
     * Appends Random Reserves: shares of random replenishment.
     *
     * @param randomReserves 0 to 4294967295.
     * @return this encoder.
     */
    public OuchAppendageEncoder randomReserves(final long randomReserves) {
        final int at = begin(OuchAppendage.RANDOM_RESERVES, 4);
        buffer.putInt(at, (int) randomReserves, BIG_ENDIAN);
        return this;
    }

    /**
     * Appends Route: the routing strategy.
     *
     * @param route the 4 bytes packed big-endian (see {@link Ouch50#packFirm}).
     * @return this encoder.
     */
    public OuchAppendageEncoder route(final int route) {
        final int at = begin(OuchAppendage.ROUTE, 4);
        buffer.putInt(at, route, BIG_ENDIAN);
        return this;
    }

    /**
     * Appends Route from text, left-justified and padded with spaces (no allocation).
     *
     * @param text at most 4 ASCII characters.
     * @return this encoder.
     */
    public OuchAppendageEncoder route(final CharSequence text) {
        final int at = begin(OuchAppendage.ROUTE, 4);
        WireAlpha.putAlpha(buffer, at, text, 4);
        return this;
    }

    /**
     * Appends Expire Time: seconds to live (or seconds since midnight, see the spec), under 86,400.
     *
     * @param expireTime 0 to 4294967295.
     * @return this encoder.
     */
    public OuchAppendageEncoder expireTime(final long expireTime) {
        final int at = begin(OuchAppendage.EXPIRE_TIME, 4);
        buffer.putInt(at, (int) expireTime, BIG_ENDIAN);
        return this;
    }

    /**
     * Appends Trade Now: Y, N, or space for the port default.
     *
     * @param tradeNow the ASCII code.
     * @return this encoder.
     */
    public OuchAppendageEncoder tradeNow(final byte tradeNow) {
        final int at = begin(OuchAppendage.TRADE_NOW, 1);
        buffer.putByte(at, tradeNow);
        return this;
    }

    /**
     * Appends Handle Inst: order handling instructions (e.g. I imbalance only, O retail order type 1).
     *
     * @param handleInst the ASCII code.
     * @return this encoder.
     */
    public OuchAppendageEncoder handleInst(final byte handleInst) {
        final int at = begin(OuchAppendage.HANDLE_INST, 1);
        buffer.putByte(at, handleInst);
        return this;
    }

    /**
     * Appends BBO Weight Indicator: 0 to 3, S, or space.
     *
     * @param bboWeightIndicator the ASCII code.
     * @return this encoder.
     */
    public OuchAppendageEncoder bboWeightIndicator(final byte bboWeightIndicator) {
        final int at = begin(OuchAppendage.BBO_WEIGHT_INDICATOR, 1);
        buffer.putByte(at, bboWeightIndicator);
        return this;
    }

    /**
     * Appends Reference Price: 4 implied decimals (Order Executed only).
     *
     * @param referencePrice the signed value, 4 implied decimals.
     * @return this encoder.
     */
    public OuchAppendageEncoder referencePrice(final long referencePrice) {
        final int at = begin(OuchAppendage.REFERENCE_PRICE, 8);
        buffer.putLong(at, referencePrice, BIG_ENDIAN);
        return this;
    }

    /**
     * Appends Reference Price Type: e.g. C closing cross (Order Executed only).
     *
     * @param referencePriceType the ASCII code.
     * @return this encoder.
     */
    public OuchAppendageEncoder referencePriceType(final byte referencePriceType) {
        final int at = begin(OuchAppendage.REFERENCE_PRICE_TYPE, 1);
        buffer.putByte(at, referencePriceType);
        return this;
    }

    /**
     * Appends Display Quantity: the displayed quantity after a restatement.
     *
     * @param displayQuantity 0 to 4294967295.
     * @return this encoder.
     */
    public OuchAppendageEncoder displayQuantity(final long displayQuantity) {
        final int at = begin(OuchAppendage.DISPLAY_QUANTITY, 4);
        buffer.putInt(at, (int) displayQuantity, BIG_ENDIAN);
        return this;
    }

    /**
     * Appends Display Price: the displayed price after a restatement, 4 implied decimals.
     *
     * @param displayPrice the signed value, 4 implied decimals.
     * @return this encoder.
     */
    public OuchAppendageEncoder displayPrice(final long displayPrice) {
        final int at = begin(OuchAppendage.DISPLAY_PRICE, 8);
        buffer.putLong(at, displayPrice, BIG_ENDIAN);
        return this;
    }

    /**
     * Appends Group ID: the customer group of the order, for group mass cancels.
     *
     * @param groupId 0 to 65535.
     * @return this encoder.
     */
    public OuchAppendageEncoder groupId(final int groupId) {
        final int at = begin(OuchAppendage.GROUP_ID, 2);
        buffer.putShort(at, (short) groupId, BIG_ENDIAN);
        return this;
    }

    /**
     * Appends Shares Located: Y or N, for short sales.
     *
     * @param sharesLocated the ASCII code.
     * @return this encoder.
     */
    public OuchAppendageEncoder sharesLocated(final byte sharesLocated) {
        final int at = begin(OuchAppendage.SHARES_LOCATED, 1);
        buffer.putByte(at, sharesLocated);
        return this;
    }

    /**
     * Appends Locate Broker: the broker the locate came from.
     *
     * @param locateBroker the 4 bytes packed big-endian (see {@link Ouch50#packFirm}).
     * @return this encoder.
     */
    public OuchAppendageEncoder locateBroker(final int locateBroker) {
        final int at = begin(OuchAppendage.LOCATE_BROKER, 4);
        buffer.putInt(at, locateBroker, BIG_ENDIAN);
        return this;
    }

    /**
     * Appends Locate Broker from text, left-justified and padded with spaces (no allocation).
     *
     * @param text at most 4 ASCII characters.
     * @return this encoder.
     */
    public OuchAppendageEncoder locateBroker(final CharSequence text) {
        final int at = begin(OuchAppendage.LOCATE_BROKER, 4);
        WireAlpha.putAlpha(buffer, at, text, 4);
        return this;
    }

    /**
     * Appends Side: restricts a mass cancel to one side.
     *
     * @param side the ASCII code.
     * @return this encoder.
     */
    public OuchAppendageEncoder side(final byte side) {
        final int at = begin(OuchAppendage.SIDE, 1);
        buffer.putByte(at, side);
        return this;
    }

    /**
     * Appends User Ref Idx: the channel within the port the UserRefNum belongs to.
     *
     * @param userRefIdx 0 to 255.
     * @return this encoder.
     */
    public OuchAppendageEncoder userRefIdx(final int userRefIdx) {
        final int at = begin(OuchAppendage.USER_REF_IDX, 1);
        buffer.putByte(at, (byte) userRefIdx);
        return this;
    }

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
}
