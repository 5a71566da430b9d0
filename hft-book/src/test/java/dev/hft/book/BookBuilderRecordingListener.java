package dev.hft.book;

import dev.hft.api.Side;
import dev.hft.api.TradingStatus;
import java.util.ArrayList;
import java.util.List;

/** Records every builder event as a readable string, instrument id first. */
final class BookBuilderRecordingListener implements BookBuilderListener {
    final List<String> events = new ArrayList<>();

    @Override
    public void onInstrument(final int instrumentId, final long symbol) {
        events.add(instrumentId + " instrument");
    }

    @Override
    public void onTradingStatus(final int instrumentId, final TradingStatus status, final long timestampNs) {
        events.add(instrumentId + " status " + status);
    }

    @Override
    public void onBbo(final int instrumentId, final long bidPrice, final long bidQuantity, final long askPrice,
        final long askQuantity) {
        events.add(instrumentId + " bbo " + bidPrice + "x" + bidQuantity + " " + askPrice + "x" + askQuantity);
    }

    @Override
    public void onLevelChange(final int instrumentId, final Side side, final long price, final long quantity,
        final int orderCount) {
        events.add(instrumentId + " level " + side + " " + price + " " + quantity + "/" + orderCount);
    }

    @Override
    public void onTrade(final int instrumentId, final Side restingSide, final long price, final long quantity,
        final long orderReference) {
        events.add(instrumentId + " trade " + restingSide + " " + quantity + "@" + price + " #" + orderReference);
    }

    @Override
    public void onBookError(final int instrumentId, final BookError error, final long orderReference) {
        events.add(instrumentId + " error " + error + " #" + orderReference);
    }

    List<String> take() {
        final List<String> copy = List.copyOf(events);
        events.clear();
        return copy;
    }
}
