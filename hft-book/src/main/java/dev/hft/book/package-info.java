/**
 * Order books: {@link dev.hft.book.OrderBook} (L3, order by order, with queue positions) and
 * {@link dev.hft.book.PriceLevelBook} (L2, price levels only), both reporting to an
 * {@link dev.hft.book.OrderBookListener}; {@link dev.hft.book.BookError} names the integrity problems they count.
 *
 * <p>Both books are single-threaded, preallocate every order and level at construction and allocate nothing in
 * steady state. Prices are opaque ordered {@code long}s (see {@link dev.hft.book.OrderBook} for the unit).
 */
package dev.hft.book;
