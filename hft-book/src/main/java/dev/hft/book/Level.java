package dev.hft.book;

/** A pooled price level of a {@link PriceLevelBook}: price, total quantity and order count. */
final class Level {
    long price;
    long quantity;
    int orderCount;
}
