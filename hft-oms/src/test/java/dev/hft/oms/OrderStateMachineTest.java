package dev.hft.oms;

import dev.hft.api.RejectReason;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static dev.hft.oms.OrderEvent.ACCEPTED;
import static dev.hft.oms.OrderEvent.CANCELED;
import static dev.hft.oms.OrderEvent.CANCEL_REJECTED;
import static dev.hft.oms.OrderEvent.CANCEL_REQUEST;
import static dev.hft.oms.OrderEvent.EXPIRED;
import static dev.hft.oms.OrderEvent.FULL_FILL;
import static dev.hft.oms.OrderEvent.PARTIAL_FILL;
import static dev.hft.oms.OrderEvent.REJECTED;
import static dev.hft.oms.OrderEvent.REPLACED;
import static dev.hft.oms.OrderEvent.REPLACE_REQUEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every state x every event, through the real {@link OrderManager} (not just the table): each order is driven into
 * the state by venue events, the event is applied, and the result is either the expected state or a refusal that
 * leaves the state unchanged and is counted.
 */
final class OrderStateMachineTest {

    private static final long QTY = 10;

    /** The expected lifecycle, written independently of {@link OrderStateMachine}; absent means refused. */
    private static Map<OrderEvent, OrderState> expected(final OrderState state) {
        final Map<OrderEvent, OrderState> m = new EnumMap<>(OrderEvent.class);
        switch (state) {
            case PENDING_NEW:
                m.put(CANCEL_REQUEST, OrderState.PENDING_CANCEL);
                m.put(ACCEPTED, OrderState.NEW);
                m.put(REJECTED, OrderState.REJECTED);
                m.put(PARTIAL_FILL, OrderState.PARTIALLY_FILLED);
                m.put(FULL_FILL, OrderState.FILLED);
                m.put(CANCELED, OrderState.CANCELED);
                m.put(EXPIRED, OrderState.EXPIRED);
                break;
            case NEW:
            case PARTIALLY_FILLED:
                m.put(CANCEL_REQUEST, OrderState.PENDING_CANCEL);
                m.put(REPLACE_REQUEST, OrderState.PENDING_REPLACE);
                m.put(PARTIAL_FILL, OrderState.PARTIALLY_FILLED);
                m.put(FULL_FILL, OrderState.FILLED);
                m.put(CANCELED, OrderState.CANCELED);
                m.put(EXPIRED, OrderState.EXPIRED);
                break;
            case FILLED:
                m.put(CANCEL_REJECTED, OrderState.FILLED);
                break;
            case PENDING_CANCEL:
                m.put(ACCEPTED, OrderState.PENDING_CANCEL);
                m.put(REJECTED, OrderState.REJECTED);
                m.put(PARTIAL_FILL, OrderState.PENDING_CANCEL);
                m.put(FULL_FILL, OrderState.FILLED);
                m.put(CANCELED, OrderState.CANCELED);
                m.put(CANCEL_REJECTED, OrderState.NEW);
                m.put(EXPIRED, OrderState.EXPIRED);
                break;
            case CANCELED:
                m.put(PARTIAL_FILL, OrderState.CANCELED);
                m.put(FULL_FILL, OrderState.CANCELED);
                break;
            case PENDING_REPLACE:
                m.put(PARTIAL_FILL, OrderState.PENDING_REPLACE);
                m.put(FULL_FILL, OrderState.FILLED);
                m.put(CANCELED, OrderState.CANCELED);
                m.put(REPLACED, OrderState.REPLACED);
                m.put(CANCEL_REJECTED, OrderState.NEW);
                m.put(EXPIRED, OrderState.EXPIRED);
                break;
            case EXPIRED:
                m.put(PARTIAL_FILL, OrderState.EXPIRED);
                m.put(FULL_FILL, OrderState.EXPIRED);
                break;
            default:
                break;
        }
        return m;
    }

    /** Drives a new order into a state; returns its id. */
    private static long into(final Fixture f, final OrderState state) {
        final long id = f.buy(QTY);
        switch (state) {
            case PENDING_NEW:
                break;
            case NEW:
                f.accept(id);
                break;
            case PARTIALLY_FILLED:
                f.accept(id);
                f.fill(id, 3, 7);
                break;
            case FILLED:
                f.accept(id);
                f.fill(id, QTY, 0);
                break;
            case PENDING_CANCEL:
                f.accept(id);
                f.om.cancel(id);
                break;
            case CANCELED:
                f.accept(id);
                f.om.cancel(id);
                f.canceled(id, QTY);
                break;
            case PENDING_REPLACE:
                f.accept(id);
                f.om.replace(id, 20, Fixture.PX);
                break;
            case REPLACED:
                f.accept(id);
                final long newId = f.om.replace(id, 20, Fixture.PX);
                f.gw.replaced(newId, id, Fixture.PX, 20, 0);
                break;
            case REJECTED:
                f.gw.reject(id, RejectReason.VENUE_REJECT, 0);
                break;
            case EXPIRED:
                f.accept(id);
                f.gw.expired(id, QTY, 0);
                break;
            default:
                throw new IllegalStateException();
        }
        assertEquals(state, f.state(id));
        return id;
    }

    private static void apply(final Fixture f, final long id, final OrderEvent event) {
        final int slot = f.om.find(id);
        final long remaining = f.om.quantity(slot) - f.om.filledQuantity(slot);
        switch (event) {
            case CANCEL_REQUEST:
                f.om.cancel(id);
                break;
            case REPLACE_REQUEST:
                f.om.replace(id, 20, Fixture.PX);
                break;
            case ACCEPTED:
                f.accept(id);
                break;
            case REJECTED:
                f.gw.reject(id, RejectReason.VENUE_REJECT, 0);
                break;
            case PARTIAL_FILL:
                f.fill(id, 1, remaining - 1);
                break;
            case FULL_FILL:
                f.fill(id, remaining == 0 ? 1 : remaining, 0);
                break;
            case CANCELED:
                f.canceled(id, remaining);
                break;
            case REPLACED: {
                // the venue confirms a replace: addressed to the pending new id if there is one
                final long newId = id + 1;
                f.gw.replaced(newId, id, Fixture.PX, 20, 0);
                break;
            }
            case CANCEL_REJECTED:
                f.cancelRejected(id);
                break;
            case EXPIRED:
                f.gw.expired(id, remaining, 0);
                break;
            default:
                throw new IllegalStateException();
        }
    }

    @Test
    void shouldFollowTheLifecycleForEveryStateAndEvent() {
        final List<String> failures = new ArrayList<>();
        int checked = 0;
        for (final OrderState state : OrderState.values()) {
            final Map<OrderEvent, OrderState> expected = expected(state);
            for (final OrderEvent event : OrderEvent.values()) {
                final Fixture f = new Fixture();
                final long id = into(f, state);
                final long refusalsBefore = f.refusals();
                apply(f, id, event);
                final OrderState want = expected.get(event);
                final OrderState got = f.state(id);
                final long refused = f.refusals() - refusalsBefore;
                if (want == null) {
                    if (got != state || refused != 1) {
                        failures.add(state + " x " + event + ": expected refused+counted, got " + got
                            + " refused=" + refused);
                    }
                } else if (got != want || refused != 0) {
                    failures.add(state + " x " + event + ": expected " + want + ", got " + got + " refused="
                        + refused);
                }
                checked++;
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(OrderState.COUNT * OrderEvent.COUNT, checked);
    }

    @Test
    void shouldMatchTheTableForEveryStateAndEvent() {
        for (final OrderState state : OrderState.values()) {
            final Map<OrderEvent, OrderState> expected = expected(state);
            for (final OrderEvent event : OrderEvent.values()) {
                assertEquals(expected.get(event), OrderStateMachine.next(state, event, true, 0),
                    state + " x " + event);
            }
        }
    }

    @Test
    void shouldRestoreTheStateBeforeTheRequestOnCancelReject() {
        assertEquals(OrderState.PARTIALLY_FILLED,
            OrderStateMachine.next(OrderState.PENDING_CANCEL, CANCEL_REJECTED, true, 3));
        assertEquals(OrderState.PENDING_NEW,
            OrderStateMachine.next(OrderState.PENDING_CANCEL, CANCEL_REJECTED, false, 0));
        assertEquals(OrderState.PARTIALLY_FILLED,
            OrderStateMachine.next(OrderState.PENDING_REPLACE, CANCEL_REJECTED, true, 3));

        final Fixture f = new Fixture();
        final long id = f.buy(10);
        f.accept(id);
        f.fill(id, 4, 6);
        f.om.cancel(id);
        f.fill(id, 1, 5);
        assertEquals(OrderState.PENDING_CANCEL, f.state(id));
        f.cancelRejected(id);
        assertEquals(OrderState.PARTIALLY_FILLED, f.state(id));
        assertEquals(5, f.filled(id));
        assertEquals(1, f.om.racingFills());
    }

    @Test
    void shouldTreatEveryTerminalStateAsTerminal() {
        for (final OrderState state : OrderState.values()) {
            final boolean live = OrderStateMachine.next(state, PARTIAL_FILL, true, 1) != null
                && state != OrderState.CANCELED && state != OrderState.EXPIRED;
            assertEquals(!live, state.isTerminal(), state.name());
        }
        assertTrue(OrderState.REPLACED.isTerminal());
    }
}
