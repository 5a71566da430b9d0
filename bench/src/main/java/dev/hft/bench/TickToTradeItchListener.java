package dev.hft.bench;

import dev.hft.net.itch.ForwardingItchListener;
import dev.hft.net.itch.ItchListener;
import dev.hft.timing.StageTimer;

/**
 * Sits between the ITCH dispatcher and the book's ITCH adapter: marks the end of the decode stage (the dispatcher
 * has framed the message and wrapped its flyweight; stage {@code decodeStage} of the {@link StageTimer}) and hands
 * the message on. A plain method call per message. Shared by {@link TickToTrade} and {@link WireToWire}.
 */
final class TickToTradeItchListener extends ForwardingItchListener {
    private final StageTimer timer;
    private final int decodeStage;
    private boolean decodeMarked;

    TickToTradeItchListener(final ItchListener book, final StageTimer timer, final int decodeStage) {
        super(book);
        this.timer = timer;
        this.decodeStage = decodeStage;
    }

    void beginPacket() {
        decodeMarked = false;
    }

    boolean decodeMarked() {
        return decodeMarked;
    }

    @Override
    protected void beforeMessage() {
        if (!decodeMarked) {
            timer.mark(decodeStage);
            decodeMarked = true;
        }
    }
}
