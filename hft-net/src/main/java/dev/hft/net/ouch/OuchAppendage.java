package dev.hft.net.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * The OUCH 5.0 optional appendage (spec Appendix B): after its fixed fields a message that may carry options has a
 * 2-byte Appendage Length, then that many bytes of options, each encoded as a TLV:
 * <pre>
 * offset  length  field
 *      0       1  Option Length: bytes that follow (tag + value), so 1 + value length
 *      1       1  Option Tag
 *      2       n  Value (n = Option Length - 1, fixed per tag: see {@link #valueLength(int)})
 * </pre>
 * Tags and value sizes (integers big-endian, prices with 4 implied decimals, alpha space-padded):
 * <pre>
 *   1  secondaryOrdRefNum     8  u64
 *   2  firm                   4  alpha4
 *   3  minQty                 4  u32
 *   4  customerType           1  char
 *   5  maxFloor               4  u32
 *   6  priceType              1  char
 *   7  pegOffset              4  i32
 *   8  discretion             1  char
 *   9  discretionPrice        8  i64
 *  10  discretionPriceType    1  char
 *  11  discretionPegOffset    4  i32
 *  12  postOnly               1  char
 *  13  randomReserves         4  u32
 *  14  route                  4  alpha4
 *  15  expireTime             4  u32
 *  16  tradeNow               1  char
 *  17  handleInst             1  char
 *  18  bboWeightIndicator     1  char
 *  19  referencePrice         8  i64
 *  20  referencePriceType     1  char
 *  22  displayQuantity        4  u32
 *  23  displayPrice           8  i64
 *  24  groupId                2  u16
 *  25  sharesLocated          1  char
 *  26  locateBroker           4  alpha4
 *  27  side                   1  char
 *  28  userRefIdx             1  u8
 * </pre>
 * Unknown tags are allowed (a newer revision may add some) and skipped by their length; a known tag whose length does
 * not match its size, a zero Option Length or an option running past the appendage is malformed ({@link #validate}).
 */
public final class OuchAppendage {
    /** Returned by integer option getters when the option is absent. */
    public static final int ABSENT = -1;
    /** Returned by 8-byte and signed option getters when the option is absent. */
    public static final long ABSENT_LONG = Long.MIN_VALUE;
    /** {@link #validate} result: an option's length byte is 0 or runs past the appendage. */
    public static final int MALFORMED = -1;
    /** {@link #validate} result: a known tag's value has the wrong size. */
    public static final int WRONG_VALUE_LENGTH = -2;
    /** Tag of Secondary Ord Ref Num. */
    public static final int SECONDARY_ORD_REF_NUM = 1;
    /** Tag of Firm. */
    public static final int FIRM = 2;
    /** Tag of Min Qty. */
    public static final int MIN_QTY = 3;
    /** Tag of Customer Type. */
    public static final int CUSTOMER_TYPE = 4;
    /** Tag of Max Floor. */
    public static final int MAX_FLOOR = 5;
    /** Tag of Price Type. */
    public static final int PRICE_TYPE = 6;
    /** Tag of Peg Offset. */
    public static final int PEG_OFFSET = 7;
    /** Tag of Discretion. */
    public static final int DISCRETION = 8;
    /** Tag of Discretion Price. */
    public static final int DISCRETION_PRICE = 9;
    /** Tag of Discretion Price Type. */
    public static final int DISCRETION_PRICE_TYPE = 10;
    /** Tag of Discretion Peg Offset. */
    public static final int DISCRETION_PEG_OFFSET = 11;
    /** Tag of Post Only. */
    public static final int POST_ONLY = 12;
    /** Tag of Random Reserves. */
    public static final int RANDOM_RESERVES = 13;
    /** Tag of Route. */
    public static final int ROUTE = 14;
    /** Tag of Expire Time. */
    public static final int EXPIRE_TIME = 15;
    /** Tag of Trade Now. */
    public static final int TRADE_NOW = 16;
    /** Tag of Handle Inst. */
    public static final int HANDLE_INST = 17;
    /** Tag of BBO Weight Indicator. */
    public static final int BBO_WEIGHT_INDICATOR = 18;
    /** Tag of Reference Price. */
    public static final int REFERENCE_PRICE = 19;
    /** Tag of Reference Price Type. */
    public static final int REFERENCE_PRICE_TYPE = 20;
    /** Tag of Display Quantity. */
    public static final int DISPLAY_QUANTITY = 22;
    /** Tag of Display Price. */
    public static final int DISPLAY_PRICE = 23;
    /** Tag of Group ID. */
    public static final int GROUP_ID = 24;
    /** Tag of Shares Located. */
    public static final int SHARES_LOCATED = 25;
    /** Tag of Locate Broker. */
    public static final int LOCATE_BROKER = 26;
    /** Tag of Side. */
    public static final int SIDE = 27;
    /** Tag of User Ref Idx. */
    public static final int USER_REF_IDX = 28;

    private static final int[] VALUE_LENGTHS = new int[256];

    static {
        java.util.Arrays.fill(VALUE_LENGTHS, -1);
        VALUE_LENGTHS[SECONDARY_ORD_REF_NUM] = 8;
        VALUE_LENGTHS[FIRM] = 4;
        VALUE_LENGTHS[MIN_QTY] = 4;
        VALUE_LENGTHS[CUSTOMER_TYPE] = 1;
        VALUE_LENGTHS[MAX_FLOOR] = 4;
        VALUE_LENGTHS[PRICE_TYPE] = 1;
        VALUE_LENGTHS[PEG_OFFSET] = 4;
        VALUE_LENGTHS[DISCRETION] = 1;
        VALUE_LENGTHS[DISCRETION_PRICE] = 8;
        VALUE_LENGTHS[DISCRETION_PRICE_TYPE] = 1;
        VALUE_LENGTHS[DISCRETION_PEG_OFFSET] = 4;
        VALUE_LENGTHS[POST_ONLY] = 1;
        VALUE_LENGTHS[RANDOM_RESERVES] = 4;
        VALUE_LENGTHS[ROUTE] = 4;
        VALUE_LENGTHS[EXPIRE_TIME] = 4;
        VALUE_LENGTHS[TRADE_NOW] = 1;
        VALUE_LENGTHS[HANDLE_INST] = 1;
        VALUE_LENGTHS[BBO_WEIGHT_INDICATOR] = 1;
        VALUE_LENGTHS[REFERENCE_PRICE] = 8;
        VALUE_LENGTHS[REFERENCE_PRICE_TYPE] = 1;
        VALUE_LENGTHS[DISPLAY_QUANTITY] = 4;
        VALUE_LENGTHS[DISPLAY_PRICE] = 8;
        VALUE_LENGTHS[GROUP_ID] = 2;
        VALUE_LENGTHS[SHARES_LOCATED] = 1;
        VALUE_LENGTHS[LOCATE_BROKER] = 4;
        VALUE_LENGTHS[SIDE] = 1;
        VALUE_LENGTHS[USER_REF_IDX] = 1;
    }

    private OuchAppendage() {
    }

    /**
     * The value size the spec gives a tag.
     *
     * @param tag an option tag, 0 to 255.
     * @return the value length in bytes, or -1 for a tag this package does not know.
     */
    public static int valueLength(final int tag) {
        return tag >= 0 && tag < VALUE_LENGTHS.length ? VALUE_LENGTHS[tag] : -1;
    }

    /**
     * Reads the 2-byte Appendage Length field.
     *
     * @param buffer the bytes.
     * @param index  where the field starts.
     * @return 0 to 65535.
     */
    public static int appendageLength(final DirectBuffer buffer, final int index) {
        return buffer.getShort(index, BIG_ENDIAN) & 0xFFFF;
    }

    /**
     * Checks the options of an appendage: every Option Length is at least 1 and ends inside the appendage, and every
     * known tag's value has its size. Allocation-free.
     *
     * @param buffer              the bytes.
     * @param lengthFieldIndex    where the 2-byte Appendage Length field starts; the options follow it.
     * @param appendageLength     the Appendage Length (bytes of options).
     * @return the number of options ({@code >= 0}); {@link #MALFORMED} or {@link #WRONG_VALUE_LENGTH}.
     */
    public static int validate(final DirectBuffer buffer, final int lengthFieldIndex, final int appendageLength) {
        int at = lengthFieldIndex + Ouch50.APPENDAGE_LENGTH_LENGTH;
        final int end = at + appendageLength;
        int count = 0;
        while (at < end) {
            final int optionLength = buffer.getByte(at) & 0xFF;
            if (optionLength == 0 || at + 1 + optionLength > end) {
                return MALFORMED;
            }
            final int expected = valueLength(buffer.getByte(at + 1) & 0xFF);
            if (expected >= 0 && expected != optionLength - 1) {
                return WRONG_VALUE_LENGTH;
            }
            at += 1 + optionLength;
            count++;
        }
        return count;
    }
}
