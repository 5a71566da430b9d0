package dev.hft.book;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.hft.api.Result;
import dev.hft.api.Side;

/** A deliberately naive L3 book (sorted maps of FIFO lists) with the same semantics as {@link OrderBook}. */
final class ReferenceBook {
    static final class Entry {
        final long reference;
        final Side side;
        final long price;
        final long shares;

        Entry(final long reference, final Side side, final long price, final long shares) {
            this.reference = reference;
            this.side = side;
            this.price = price;
            this.shares = shares;
        }
    }

    final TreeMap<Long, List<Entry>> bids = new TreeMap<>(Comparator.reverseOrder());
    final TreeMap<Long, List<Entry>> asks = new TreeMap<>();
    final Map<Long, Entry> orders = new HashMap<>();
    /** Resting orders it holds at most; an add beyond is refused ({@link Result#REJECTED}), as a full OrderBook. */
    final int maxOrders;
    /** Levels per side it holds at most; an order needing one more is refused, as a full OrderBook. */
    final int maxLevels;
    /** Operations refused for capacity. */
    long rejected;

    ReferenceBook() {
        this(Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    ReferenceBook(final int maxOrders, final int maxLevels) {
        this.maxOrders = maxOrders;
        this.maxLevels = maxLevels;
    }

    private boolean levelFull(final Side side, final long price) {
        final boolean full = !levels(side).containsKey(price) && levels(side).size() >= maxLevels;
        if (full) {
            rejected++;
        }
        return full;
    }

    int add(final long reference, final Side side, final long price, final long shares) {
        if (shares <= 0) {
            return Result.INVALID_ARGUMENT;
        }
        if (orders.containsKey(reference)) {
            return Result.INVALID_ARGUMENT;
        }
        if (orders.size() >= maxOrders) {
            rejected++;
            return Result.REJECTED;
        }
        if (levelFull(side, price)) {
            return Result.REJECTED;
        }
        final Entry entry = new Entry(reference, side, price, shares);
        levels(side).computeIfAbsent(price, p -> new ArrayList<>()).add(entry);
        orders.put(reference, entry);
        return Result.OK;
    }

    int reduce(final long reference, final long shares) {
        final Entry entry = orders.get(reference);
        if (entry == null) {
            return Result.UNKNOWN_ORDER;
        }
        if (shares <= 0) {
            return Result.INVALID_ARGUMENT;
        }
        if (shares >= entry.shares) {
            return delete(reference);
        }
        final List<Entry> level = levels(entry.side).get(entry.price);
        final Entry reduced = new Entry(reference, entry.side, entry.price, entry.shares - shares);
        level.set(level.indexOf(entry), reduced);
        orders.put(reference, reduced);
        return Result.OK;
    }

    int delete(final long reference) {
        final Entry entry = orders.remove(reference);
        if (entry == null) {
            return Result.UNKNOWN_ORDER;
        }
        final TreeMap<Long, List<Entry>> side = levels(entry.side);
        final List<Entry> level = side.get(entry.price);
        level.remove(entry);
        if (level.isEmpty()) {
            side.remove(entry.price);
        }
        return Result.OK;
    }

    int replace(final long original, final long newReference, final long shares, final long price) {
        final Entry entry = orders.get(original);
        if (entry == null) {
            return Result.UNKNOWN_ORDER;
        }
        if (shares <= 0) {
            return Result.INVALID_ARGUMENT;
        }
        if (newReference != original && orders.containsKey(newReference)) {
            return Result.INVALID_ARGUMENT;
        }
        if (levelFull(entry.side, price)) {
            return Result.REJECTED;
        }
        delete(original);
        return add(newReference, entry.side, price, shares);
    }

    int modify(final long reference, final long shares, final long price) {
        final Entry entry = orders.get(reference);
        if (entry == null) {
            return Result.UNKNOWN_ORDER;
        }
        if (shares <= 0) {
            return Result.INVALID_ARGUMENT;
        }
        if (price == entry.price && shares <= entry.shares) {
            return shares == entry.shares ? Result.OK : reduce(reference, entry.shares - shares);
        }
        if (levelFull(entry.side, price)) {
            return Result.REJECTED;
        }
        delete(reference);
        return add(reference, entry.side, price, shares);
    }

    TreeMap<Long, List<Entry>> levels(final Side side) {
        return side == Side.BUY ? bids : asks;
    }

    /** Levels best first as "price:quantity/count". */
    List<String> depth(final Side side) {
        final List<String> out = new ArrayList<>();
        levels(side).forEach((price, level) -> {
            long quantity = 0;
            for (final Entry e : level) {
                quantity += e.shares;
            }
            out.add(price + ":" + quantity + "/" + level.size());
        });
        return out;
    }

    long sharesAhead(final long reference) {
        final Entry entry = orders.get(reference);
        long ahead = 0;
        for (final Entry e : levels(entry.side).get(entry.price)) {
            if (e == entry) {
                break;
            }
            ahead += e.shares;
        }
        return ahead;
    }

    int ordersAhead(final long reference) {
        final Entry entry = orders.get(reference);
        return levels(entry.side).get(entry.price).indexOf(entry);
    }
}
