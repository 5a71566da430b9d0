package dev.hft.oms;

/**
 * The order lifecycle as a transition table: (state, event) to the next state, or {@link #INVALID}.
 *
 * <p>The table, row by row (a blank cell is {@link #INVALID}; "restore" is the live state the order had before its
 * cancel or replace request: {@code PENDING_NEW} if the venue never acknowledged it, {@code NEW} if nothing is
 * filled, {@code PARTIALLY_FILLED} otherwise):
 * <pre>
 * state            | CXL_REQ  REPL_REQ  ACCEPTED  REJECTED  PART_FILL  FULL_FILL  CANCELED  REPLACED  CXL_REJ  EXPIRED
 * PENDING_NEW      | P_CXL    -         NEW       REJECTED  PART       FILLED     CANCELED  -         -        EXPIRED
 * NEW              | P_CXL    P_REPL    -         -         PART       FILLED     CANCELED  -         -        EXPIRED
 * PARTIALLY_FILLED | P_CXL    P_REPL    -         -         PART       FILLED     CANCELED  -         -        EXPIRED
 * FILLED           | -        -         -         -         -          -          -         -         FILLED   -
 * PENDING_CANCEL   | -        -         P_CXL     REJECTED  P_CXL      FILLED     CANCELED  -         restore  EXPIRED
 * CANCELED         | -        -         -         -         CANCELED   CANCELED   -         -         -        -
 * PENDING_REPLACE  | -        -         -         -         P_REPL     FILLED     CANCELED  REPLACED  restore  EXPIRED
 * REPLACED         | -        -         -         -         -          -          -         -         -        -
 * REJECTED         | -        -         -         -         -          -          -         -         -        -
 * EXPIRED          | -        -         -         -         EXPIRED    EXPIRED    -         -         -        -
 * </pre>
 * Notes: a fill racing a cancel keeps the order in {@code PENDING_CANCEL}; a fill on a {@code CANCELED} or
 * {@code EXPIRED} order is a late fill the venue reports, booked without a state change; a cancel reject on a
 * {@code FILLED} order is the ordinary too-late-to-cancel race. A fill that would take the filled quantity past the
 * order quantity is an overfill and never reaches this table (the {@link OrderManager} refuses it first). Stateless,
 * allocation-free.
 */
public final class OrderStateMachine {

    /** Returned for a transition the lifecycle does not allow. */
    public static final int INVALID = -1;

    private static final int RESTORE = -2;
    private static final int X = INVALID;
    private static final int PN = OrderState.PENDING_NEW.ordinal();
    private static final int NW = OrderState.NEW.ordinal();
    private static final int PF = OrderState.PARTIALLY_FILLED.ordinal();
    private static final int FL = OrderState.FILLED.ordinal();
    private static final int PC = OrderState.PENDING_CANCEL.ordinal();
    private static final int CX = OrderState.CANCELED.ordinal();
    private static final int PR = OrderState.PENDING_REPLACE.ordinal();
    private static final int RP = OrderState.REPLACED.ordinal();
    private static final int RJ = OrderState.REJECTED.ordinal();
    private static final int EX = OrderState.EXPIRED.ordinal();
    private static final int RS = RESTORE;

    // rows in OrderState order, columns in OrderEvent order
    private static final int[][] TABLE = {
        {PC, X, NW, RJ, PF, FL, CX, X, X, EX},   // PENDING_NEW
        {PC, PR, X, X, PF, FL, CX, X, X, EX},    // NEW
        {PC, PR, X, X, PF, FL, CX, X, X, EX},    // PARTIALLY_FILLED
        {X, X, X, X, X, X, X, X, FL, X},         // FILLED
        {X, X, PC, RJ, PC, FL, CX, X, RS, EX},   // PENDING_CANCEL
        {X, X, X, X, CX, CX, X, X, X, X},        // CANCELED
        {X, X, X, X, PR, FL, CX, RP, RS, EX},    // PENDING_REPLACE
        {X, X, X, X, X, X, X, X, X, X},          // REPLACED
        {X, X, X, X, X, X, X, X, X, X},          // REJECTED
        {X, X, X, X, EX, EX, X, X, X, X},        // EXPIRED
    };

    private static final int[] FLAT = new int[OrderState.COUNT * OrderEvent.COUNT];

    static {
        for (int s = 0; s < OrderState.COUNT; s++) {
            for (int e = 0; e < OrderEvent.COUNT; e++) {
                FLAT[s * OrderEvent.COUNT + e] = TABLE[s][e];
            }
        }
    }

    private OrderStateMachine() {
    }

    /**
     * Returns the state an order moves to.
     *
     * @param state          current state ordinal ({@link OrderState#ordinal()}).
     * @param event          event ordinal ({@link OrderEvent#ordinal()}).
     * @param accepted       whether the venue has acknowledged the order (accept or any fill); decides "restore".
     * @param filledQuantity quantity filled so far; decides "restore".
     * @return the next state ordinal, or {@link #INVALID}.
     */
    public static int next(final int state, final int event, final boolean accepted, final long filledQuantity) {
        final int next = FLAT[state * OrderEvent.COUNT + event];
        if (next != RESTORE) {
            return next;
        }
        return !accepted ? PN : filledQuantity == 0 ? NW : PF;
    }

    /**
     * Returns the state an order moves to; the enum form of {@link #next(int, int, boolean, long)}.
     *
     * @param state          current state.
     * @param event          event.
     * @param accepted       whether the venue has acknowledged the order.
     * @param filledQuantity quantity filled so far.
     * @return the next state, or {@code null} if the transition is invalid (not for the hot path).
     */
    public static OrderState next(
        final OrderState state,
        final OrderEvent event,
        final boolean accepted,
        final long filledQuantity) {
        final int next = next(state.ordinal(), event.ordinal(), accepted, filledQuantity);
        return next == INVALID ? null : OrderState.fromOrdinal(next);
    }
}
