package dev.hft.book;

import java.util.ArrayList;
import java.util.List;

import dev.hft.api.Side;

/** Records every book event as a readable string. */
final class RecordingListener implements OrderBookListener {
    final List<String> events = new ArrayList<>();

    @Override
    public void onBbo(
        final int instrumentId, final long bidPrice, final long bidQuantity, final long askPrice,
        final long askQuantity) {
        events.add("bbo " + price(bidPrice) + "x" + bidQuantity + " " + price(askPrice) + "x" + askQuantity);
    }

    @Override
    public void onLevelChange(
        final int instrumentId, final Side side, final long price, final long quantity, final int orderCount) {
        events.add("level " + side + " " + price + " " + quantity + "/" + orderCount);
    }

    @Override
    public void onTrade(
        final int instrumentId, final Side restingSide, final long price, final long quantity,
        final long orderReference) {
        events.add("trade " + restingSide + " " + quantity + "@" + price + " #" + orderReference);
    }

    @Override
    public void onBookError(final int instrumentId, final BookError error, final long orderReference) {
        events.add("error " + error + " #" + orderReference);
    }

    List<String> take() {
        final List<String> copy = List.copyOf(events);
        events.clear();
        return copy;
    }

    private static String price(final long price) {
        return price == Long.MIN_VALUE ? "-" : Long.toString(price);
    }
}
