package dev.hft.book;

/**
 * Integrity problems a book counts and reports to {@link OrderBookListener#onBookError}. None of them corrupts the
 * book: each is either a documented no-op or a documented clamp.
 */
public enum BookError {

    /**
     * An execute, cancel, delete, replace or modify named an order reference the book does not hold (a no-op). Real
     * feeds produce these when the book is built from mid-session: orders resting from before the start are unknown.
     */
    UNKNOWN_ORDER,

    /** An add or replace named a new order reference the book already holds (a no-op). */
    DUPLICATE_ORDER,

    /**
     * An execute or cancel removed more shares than the order had: the order is removed whole (clamped, never a
     * negative size).
     */
    OVERSIZED_REDUCTION,

    /** Non-positive shares, an unknown side or {@link dev.hft.api.FixedPoint#NULL_PRICE} as a price (a no-op). */
    INVALID_ARGUMENT,

    /** The preallocated order or level pool is full: the add was refused (a no-op). Size the book larger. */
    CAPACITY_EXHAUSTED,

    /** An L2 level removal named a price with no level (a no-op). */
    UNKNOWN_LEVEL;

    /** Number of constants, for counter arrays indexed by {@link #ordinal()}. */
    public static final int COUNT = values().length;
}
