package dev.hft.book;

import dev.hft.api.Side;

/** A pooled resting order: a node of its level's intrusive doubly linked FIFO. Owned by one {@link OrderBook}. */
final class Order {
    long reference;
    long price;
    long shares;
    Side side;
    Level level;
    Order prev;
    Order next;
}
