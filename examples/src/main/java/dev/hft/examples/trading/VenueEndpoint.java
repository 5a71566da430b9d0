package dev.hft.examples.trading;

import java.net.InetSocketAddress;

/**
 * How the trading application reaches one venue: its order-entry protocol and address, its session identity, and
 * its MoldUDP64 re-request server (the feed itself comes to the app's own receive socket).
 *
 * @param venueId       dense venue id ({@code 0..venues-1}).
 * @param name          display name.
 * @param fix           {@code true}: FIX 4.4 (the app is the initiator); {@code false}: OUCH 5.0 over SoupBinTCP.
 * @param orderEntry    the venue's order-entry address.
 * @param requestServer the venue's MoldUDP64 re-request address, or {@code null}.
 * @param username      SoupBinTCP username (OUCH), or our SenderCompID (FIX).
 * @param targetCompId  the venue's TargetCompID (FIX), or {@code null}.
 */
public record VenueEndpoint(int venueId, String name, boolean fix, InetSocketAddress orderEntry,
    InetSocketAddress requestServer, String username, String targetCompId) {
}
