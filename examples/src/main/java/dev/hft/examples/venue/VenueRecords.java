package dev.hft.examples.venue;

import java.util.concurrent.atomic.AtomicLongArray;

import dev.hft.api.Liquidity;
import dev.hft.api.Side;

/**
 * A venue's own records per account, booked on the venue's thread from the engine's fills and published for other
 * threads under a sequence lock: {@link #publish()} (venue thread) copies the working values into an
 * {@link AtomicLongArray} between two version increments; {@link #snapshot(int)} (any thread) retries until it reads
 * one version throughout.
 */
final class VenueRecords {
    private static final int EXECUTED = 0;
    private static final int FILLS = 1;
    private static final int FEES = 2;
    private static final int CASH = 3;
    private static final int OPEN = 4;
    private static final int FIELDS = 5;

    private final String venue;
    private final String[] accounts;
    private final int instruments;
    private final long makerFee;
    private final long takerFee;
    private final int stride;
    private final long[] working;
    private final AtomicLongArray published;
    private boolean dirty = true;

    VenueRecords(final VenueSpec spec) {
        this.venue = spec.name();
        this.accounts = new String[spec.accountCount()];
        for (int a = 0; a < accounts.length; a++) {
            accounts[a] = spec.account(a);
        }
        this.instruments = spec.instrumentCount();
        this.makerFee = spec.makerFeeFixed();
        this.takerFee = spec.takerFeeFixed();
        this.stride = FIELDS + instruments;
        this.working = new long[accounts.length * stride];
        this.published = new AtomicLongArray(1 + working.length);
    }

    /** Books one execution of an account's order. */
    void onFill(final int account, final int instrument, final Side side, final long priceFixed,
        final long quantity, final Liquidity liquidity) {
        final int base = account * stride;
        final boolean buy = side == Side.BUY;
        working[base + FIELDS + instrument] += buy ? quantity : -quantity;
        working[base + EXECUTED] += quantity;
        working[base + FILLS]++;
        working[base + FEES] += (liquidity == Liquidity.ADDED ? makerFee : takerFee) * quantity;
        working[base + CASH] += buy ? -priceFixed * quantity : priceFixed * quantity;
        dirty = true;
    }

    /** Sets an account's open order count. */
    void openOrders(final int account, final long open) {
        final int index = account * stride + OPEN;
        if (working[index] != open) {
            working[index] = open;
            dirty = true;
        }
    }

    /** Publishes the working values if they changed (venue thread). */
    void publish() {
        if (!dirty) {
            return;
        }
        dirty = false;
        final AtomicLongArray out = published;
        final long version = out.get(0);
        out.set(0, version + 1);
        for (int i = 0; i < working.length; i++) {
            out.set(1 + i, working[i]);
        }
        out.set(0, version + 2);
    }

    int accountCount() {
        return accounts.length;
    }

    String account(final int account) {
        return accounts[account];
    }

    /** A consistent snapshot of one account (any thread). */
    AccountRecord snapshot(final int account) {
        final long[] values = new long[stride];
        final int base = 1 + account * stride;
        while (true) {
            final long before = published.get(0);
            if ((before & 1) == 0) {
                for (int i = 0; i < stride; i++) {
                    values[i] = published.get(base + i);
                }
                if (published.get(0) == before) {
                    break;
                }
            }
            Thread.onSpinWait();
        }
        final long[] positions = new long[instruments];
        System.arraycopy(values, FIELDS, positions, 0, instruments);
        return new AccountRecord(venue, accounts[account], positions, values[EXECUTED], values[FILLS], values[FEES],
            values[CASH], values[OPEN]);
    }
}
