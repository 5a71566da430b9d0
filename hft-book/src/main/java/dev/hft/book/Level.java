package dev.hft.book;

/**
 * A pooled price level: total quantity, order count and (L3 only) the FIFO of its orders, oldest at {@link #head}.
 */
final class Level {
    long price;
    long quantity;
    int orderCount;
    Order head;
    Order tail;
}
