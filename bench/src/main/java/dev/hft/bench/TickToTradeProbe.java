package dev.hft.bench;

import dev.hft.net.itch.ForwardingItchListener;
import dev.hft.net.itch.ItchListener;
import dev.hft.timing.StageTimer;

/**
 * The harnesses' stage marks on the path through the engine, at most once each per packet: the first decoded ITCH
 * message ends the decode stage (a listener the engine's {@code ItchDecoder} puts between its dispatcher and its
 * order books, {@link #decoded}), the strategy's first consolidated BBO ends the book stage (the engine has updated
 * every book and reference price), the strategy's {@code submit} call ends the strategy stage, and the gateway marks
 * OMS+risk and the encode. Stage indexes are consecutive from {@code decodeStage}. Shared by {@link TickToTrade} and
 * {@link WireToWire}.
 */
final class TickToTradeProbe {
    private final StageTimer timer;
    private final int decodeStage;
    private boolean decodeMarked;
    private boolean bookMarked;

    TickToTradeProbe(final StageTimer timer, final int decodeStage) {
        this.timer = timer;
        this.decodeStage = decodeStage;
    }

    /** Resets the per-packet flags; called before each packet. */
    void beginPacket() {
        decodeMarked = false;
        bookMarked = false;
    }

    boolean decodeMarked() {
        return decodeMarked;
    }

    boolean bookMarked() {
        return bookMarked;
    }

    /**
     * The listener to put between the ITCH dispatcher and the order books: marks the decode stage.
     *
     * @param books the order books' listener.
     * @return the marking listener.
     */
    ItchListener decoded(final ItchListener books) {
        return new ForwardingItchListener(books) {
            @Override
            protected void beforeMessage() {
                if (!decodeMarked) {
                    timer.mark(decodeStage);
                    decodeMarked = true;
                }
            }
        };
    }

    /** The strategy heard of a consolidated BBO change: the books are done. */
    void booked() {
        if (!bookMarked) {
            timer.mark(decodeStage + 1);
            bookMarked = true;
        }
    }

    /** The strategy is about to submit. */
    void submitting() {
        timer.mark(decodeStage + 2);
    }

    /** Ends the OMS+risk stage of an order the OMS or risk refused (no gateway call to mark it). */
    void rejected() {
        timer.mark(decodeStage + 3);
    }
}
