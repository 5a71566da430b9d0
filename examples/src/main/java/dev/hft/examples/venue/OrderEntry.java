package dev.hft.examples.venue;

import java.net.InetSocketAddress;

import dev.hft.backtest.matching.MatchingEngine;

/** A simulated venue's order-entry side (OUCH or FIX) in front of its engine; venue thread only. */
interface OrderEntry extends AutoCloseable {

    /** Reads requests, applies those due (after the venue's latency), sends reports. */
    int doWork();

    /** The engine the requests go to. */
    MatchingEngine engine();

    /** Where an account connects. */
    InetSocketAddress address(int account);

    /** Requests received and waiting for the venue's latency to pass. */
    int delayedRequests();

    /** Copies each account's open order count into the records. */
    void updateOpenOrders(VenueRecords records);

    @Override
    void close();
}
