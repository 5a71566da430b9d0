package dev.hft.backtest.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately naive matcher for one instrument, written for obviousness rather than speed: every resting order in
 * one list, the best counterparty found by a full scan (best price, then lowest arrival sequence). It implements the
 * engine's rules for limit, market, IOC, FOK, post-only (reject), cancel, reduce, replace and every self-match
 * policy, and records fills as {@code "maker->taker qty@price"}.
 */
final class ReferenceMatcher {
    static final class Order {
        final long id;
        final long owner;
        final boolean buy;
        long price;
        long leaves;
        long sequence;

        Order(final long id, final long owner, final boolean buy, final long price, final long leaves,
            final long sequence) {
            this.id = id;
            this.owner = owner;
            this.buy = buy;
            this.price = price;
            this.leaves = leaves;
            this.sequence = sequence;
        }
    }

    final List<Order> resting = new ArrayList<>();
    final List<String> fills = new ArrayList<>();
    private final SelfMatchPolicy policy;
    private long sequence;

    ReferenceMatcher(final SelfMatchPolicy policy) {
        this.policy = policy;
    }

    /** Best crossing counterparty for an incoming order, or null. {@code price == 0} means market. */
    private Order best(final boolean buy, final long price, final long owner, final boolean skipOwn) {
        Order best = null;
        for (final Order o : resting) {
            if (o.buy == buy || (skipOwn && o.owner == owner)) {
                continue;
            }
            final boolean crosses = price == 0 || (buy ? o.price <= price : o.price >= price);
            if (!crosses) {
                continue;
            }
            if (best == null || (buy ? o.price < best.price : o.price > best.price)
                || (o.price == best.price && o.sequence < best.sequence)) {
                best = o;
            }
        }
        return best;
    }

    /** Best price of one side, or 0 if it is empty. */
    long bestPrice(final boolean buySide) {
        long best = 0;
        for (final Order o : resting) {
            if (o.buy == buySide && (best == 0 || (buySide ? o.price > best : o.price < best))) {
                best = o.price;
            }
        }
        return best;
    }

    boolean wouldCross(final boolean buy, final long price) {
        return best(buy, price, 0, false) != null;
    }

    private long fillable(final boolean buy, final long price, final long owner) {
        final List<Order> ordered = new ArrayList<>();
        for (final Order o : resting) {
            if (o.buy != buy && (buy ? o.price <= price || price == 0 : o.price >= price || price == 0)) {
                ordered.add(o);
            }
        }
        ordered.sort((a, b) -> a.price != b.price ? (buy ? Long.compare(a.price, b.price)
            : Long.compare(b.price, a.price)) : Long.compare(a.sequence, b.sequence));
        long total = 0;
        for (final Order o : ordered) {
            if (o.owner == owner && policy != SelfMatchPolicy.ALLOW) {
                if (policy == SelfMatchPolicy.CANCEL_OLDEST) {
                    continue;
                }
                break;
            }
            total += o.leaves;
        }
        return total;
    }

    /** Matches an incoming order; rests the remainder if {@code rest}. */
    void submit(final long id, final long owner, final boolean buy, final long price, final long quantity,
        final boolean rest, final boolean fok) {
        if (fok && fillable(buy, price, owner) < quantity) {
            return;
        }
        final Order incoming = new Order(id, owner, buy, price, quantity, ++sequence);
        match(incoming, rest);
    }

    private void match(final Order incoming, final boolean rest) {
        while (incoming.leaves > 0) {
            final Order other = best(incoming.buy, incoming.price, incoming.owner, false);
            if (other == null) {
                break;
            }
            if (other.owner == incoming.owner && policy != SelfMatchPolicy.ALLOW) {
                if (policy == SelfMatchPolicy.CANCEL_NEWEST) {
                    return;
                }
                if (policy == SelfMatchPolicy.CANCEL_BOTH) {
                    resting.remove(other);
                    return;
                }
                if (policy == SelfMatchPolicy.DECREMENT_AND_CANCEL) {
                    final long decrement = Math.min(incoming.leaves, other.leaves);
                    other.leaves -= decrement;
                    incoming.leaves -= decrement;
                    if (other.leaves == 0) {
                        resting.remove(other);
                    }
                    continue;
                }
                resting.remove(other);
                continue;
            }
            final long quantity = Math.min(incoming.leaves, other.leaves);
            fills.add(other.id + "->" + incoming.id + " " + quantity + "@" + other.price);
            other.leaves -= quantity;
            incoming.leaves -= quantity;
            if (other.leaves == 0) {
                resting.remove(other);
            }
        }
        if (incoming.leaves > 0 && rest) {
            resting.add(incoming);
        }
    }

    Order find(final long id) {
        for (final Order o : resting) {
            if (o.id == id) {
                return o;
            }
        }
        return null;
    }

    void cancel(final long id) {
        resting.remove(find(id));
    }

    void reduce(final long id, final long leaves) {
        final Order o = find(id);
        if (leaves == 0) {
            resting.remove(o);
        } else {
            o.leaves = leaves;
        }
    }

    void replace(final long id, final long price, final long leaves) {
        final Order o = find(id);
        if (o.price == price && leaves <= o.leaves) {
            o.leaves = leaves;
            return;
        }
        resting.remove(o);
        final Order moved = new Order(id, o.owner, o.buy, price, leaves, ++sequence);
        match(moved, true);
    }

    /** Aggregated levels of one side, best first, as {@code "price:quantity:count"}. */
    List<String> levels(final boolean buy) {
        final List<Order> side = new ArrayList<>();
        for (final Order o : resting) {
            if (o.buy == buy) {
                side.add(o);
            }
        }
        side.sort((a, b) -> buy ? Long.compare(b.price, a.price) : Long.compare(a.price, b.price));
        final List<String> levels = new ArrayList<>();
        int i = 0;
        while (i < side.size()) {
            final long price = side.get(i).price;
            long quantity = 0;
            int count = 0;
            while (i < side.size() && side.get(i).price == price) {
                quantity += side.get(i).leaves;
                count++;
                i++;
            }
            levels.add(price + ":" + quantity + ":" + count);
        }
        return levels;
    }
}
