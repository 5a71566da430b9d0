package dev.hft.codegen;

/**
 * The wire types a schema field may have. The schema spells them {@code alpha}, {@code u8} to {@code u64} (unsigned
 * integers of 1, 2, 4, 6 or 8 bytes), {@code i32} and {@code i64} (signed), {@code price} (an integer with implied
 * decimals: its {@code scale} attribute), {@code timestamp} (an unsigned integer of nanoseconds) and {@code bits} (an
 * unsigned bit field).
 */
public enum FieldType {
    /** ASCII text, left-justified and space-padded. */
    ALPHA,
    /** Unsigned big- or little-endian integer. */
    UNSIGNED,
    /** Signed (two's complement) integer. */
    SIGNED,
    /** Integer with implied decimals (the field's {@code scale} attribute). */
    PRICE,
    /** Unsigned integer counting nanoseconds. */
    TIMESTAMP,
    /** Unsigned bit field. */
    BITS;

    /**
     * Parses a schema type name and checks it against the field length.
     *
     * @param name   the schema spelling, e.g. {@code u32}.
     * @param length the field length in bytes.
     * @return the type.
     * @throws IllegalArgumentException if the name is unknown or its width is not the length.
     */
    public static FieldType parse(final String name, final int length) {
        switch (name) {
            case "alpha":
                return ALPHA;
            case "price":
                checkWidth(name, length, 2, 4, 8);
                return PRICE;
            case "timestamp":
                checkWidth(name, length, 4, 6, 8);
                return TIMESTAMP;
            case "bits":
                checkWidth(name, length, 1, 2, 4);
                return BITS;
            case "i32":
            case "i64":
                checkWidth(name, length, Integer.parseInt(name.substring(1)) / 8);
                return SIGNED;
            case "u8":
            case "u16":
            case "u32":
            case "u48":
            case "u64":
                checkWidth(name, length, Integer.parseInt(name.substring(1)) / 8);
                return UNSIGNED;
            default:
                throw new IllegalArgumentException("unknown field type: " + name);
        }
    }

    private static void checkWidth(final String name, final int length, final int... widths) {
        for (final int width : widths) {
            if (width == length) {
                return;
            }
        }
        throw new IllegalArgumentException(name + " cannot be " + length + " bytes long");
    }
}
