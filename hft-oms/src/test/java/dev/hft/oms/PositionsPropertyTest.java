package dev.hft.oms;

import dev.hft.api.FixedPoint;
import dev.hft.api.Liquidity;
import dev.hft.api.OrderType;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class PositionsPropertyTest {

    @Property(tries = 300)
    void positionIsTheSumOfFillsAndPnlIsTheCashIdentity(
        @ForAll @Size(min = 1, max = 60) final List<@IntRange(min = -500, max = 500) Integer> quantities,
        @ForAll @Size(min = 60, max = 60) final List<@IntRange(min = 1, max = 100_000) Integer> prices,
        @ForAll @IntRange(min = 1, max = 100_000) final int mark) {
        final Positions p = new Positions(4, 4);
        long sum = 0;
        long cash = 0;
        for (int i = 0; i < quantities.size(); i++) {
            final long q = quantities.get(i);
            if (q == 0) {
                continue;
            }
            final long price = prices.get(i) * (FixedPoint.SCALE / 100);
            p.onFill(1, 2, 3, q > 0 ? Side.BUY : Side.SELL, Math.abs(q), price, 7);
            sum += q;
            cash -= q * price;
        }
        final int slot = p.find(1, 2, 3);
        if (sum == 0 && slot == Positions.NOT_FOUND) {
            return;
        }
        final long markPrice = mark * (FixedPoint.SCALE / 100);
        p.mark(1, markPrice);
        assertEquals(sum, p.quantity(slot));
        assertEquals(sum, p.netQuantity(1));
        // realized + unrealized is exactly cash + position at the mark, however the round trips went
        assertEquals(cash + sum * markPrice, p.realizedPnl(slot) + p.unrealizedPnl(slot));
        if (sum == 0) {
            assertEquals(0, p.openCost(slot));
            assertEquals(cash, p.realizedPnl(slot));
        }
        assertEquals(0, p.overflows());
    }

    @Property(tries = 200)
    void orderManagerNeverBooksAnOverfillOrADuplicateAndPositionIsTheSumOfBookedFills(
        @ForAll @Size(min = 1, max = 200) final List<@IntRange(min = 0, max = 9_999) Integer> events) {
        final Fixture f = new Fixture();
        final long[] ids = new long[8];
        final Set<Long> seenExecutions = new HashSet<>();
        long booked = 0;
        for (int i = 0; i < ids.length; i++) {
            ids[i] = f.om.submit(1, Fixture.VENUE, Fixture.INSTRUMENT, i % 2 == 0 ? Side.BUY : Side.SELL,
                10 + i, Fixture.PX, OrderType.LIMIT, TimeInForce.DAY, 0);
        }
        long expectedPosition = 0;
        for (final int e : events) {
            final long id = ids[e % ids.length];
            final int slot = f.om.find(id);
            final long quantity = 1 + (e / 8) % 7;
            final long execution = (e / 56) % 40;
            final long before = f.om.filledQuantity(slot);
            final int fillsBefore = f.listener.fills;
            if (e % 13 == 0) {
                f.om.cancel(id);
                continue;
            }
            if (e % 17 == 0) {
                f.canceled(id, f.om.quantity(slot) - before);
                continue;
            }
            f.gw.fill(id, execution, Fixture.PX, quantity, 0, Liquidity.ADDED, 0);
            final boolean wasBooked = f.listener.fills > fillsBefore;
            if (wasBooked) {
                assertTrue(seenExecutions.add(execution), "duplicate execution booked");
                assertEquals(before + quantity, f.om.filledQuantity(slot));
                expectedPosition += f.om.side(slot).sign() * quantity;
                booked += quantity;
            } else {
                assertEquals(before, f.om.filledQuantity(slot));
            }
            assertTrue(f.om.filledQuantity(slot) <= f.om.quantity(slot), "overfill booked");
        }
        assertEquals(expectedPosition, f.om.positions().netQuantity(Fixture.INSTRUMENT));
        assertEquals(booked, f.listener.filledQuantity);
        final Positions p = f.om.positions();
        final int slot = p.find(Fixture.INSTRUMENT, 1, Fixture.VENUE);
        if (slot != Positions.NOT_FOUND) {
            assertEquals(booked, p.boughtQuantity(slot) + p.soldQuantity(slot));
        }
    }
}
