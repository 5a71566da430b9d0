package dev.hft.examples.trading;

import dev.hft.engine.EngineProbe;
import dev.hft.timing.NanoClock;
import dev.hft.timing.StageTimer;

/**
 * Tick-to-trade stages of the engine's trading thread, on a {@link StageTimer}: the engine's {@link EngineProbe}
 * marks (a feed poll starts a tick; the first market-data event received and decoded; the books updated, up to the
 * last update before the decision: every feed's poll when the strategies decide in {@code onBatchEnd}; a strategy's
 * decision; order manager + router + risk done at the gateway's entry; the order encoded and handed to the session).
 * A tick is recorded only when an order left during the market-data phase of the duty cycle (the first new order or
 * replace of the tick), otherwise it is dropped; a poll that received nothing restarts the tick. Marks of a stage
 * already passed are ignored, so the first order of a tick is the one measured. Allocation-free; trading thread only.
 */
final class TickProbe implements EngineProbe {
    static final int START = 0;
    static final int DECODE = EngineProbe.RECEIVED;
    static final int BOOK = EngineProbe.BOOKED;
    static final int STRATEGY = EngineProbe.DECIDED;
    static final int ROUTE = EngineProbe.ROUTED;
    static final int SEND = EngineProbe.SENT;

    private final NanoClock clock;
    private final StageTimer timer;
    private boolean active;
    private int marked;
    private long ticks;

    TickProbe(final NanoClock clock) {
        this.clock = clock;
        this.timer = new StageTimer("tick-to-trade", clock, "start", "receive+decode", "book", "strategy",
            "oms+sor+risk", "encode+send");
    }

    StageTimer timer() {
        return timer;
    }

    @Override
    public void onPollStart() {
        if (!active || marked == START) {
            timer.start(clock.nanoTime());
            active = true;
            marked = START;
        }
    }

    @Override
    public void onStage(final int stage) {
        if (stage == SEND) {
            sent();
        } else {
            mark(stage);
        }
    }

    @Override
    public void onMarketDataEnd() {
        active = false;
    }

    private void mark(final int stage) {
        if (active && (stage > marked || stage == BOOK && marked == BOOK)) {   // book: up to the last update
            timer.mark(stage);
            marked = stage;
        }
    }

    /** The order of this tick was handed to the session: records the tick. */
    private void sent() {
        if (active && marked >= STRATEGY) {
            if (marked < ROUTE) {
                mark(ROUTE);
            }
            mark(SEND);
            timer.end();
            ticks++;
            active = false;
        }
    }

    long ticks() {
        return ticks;
    }

    /** Clears every histogram (end of warm-up). */
    void reset() {
        for (int stage = DECODE; stage <= SEND; stage++) {
            timer.stage(stage).histogram().reset();
        }
        timer.total().histogram().reset();
        ticks = 0;
    }
}
