package dev.hft.examples.venue;

/** The order-entry protocol of a simulated venue. */
public enum VenueProtocol {
    /** NASDAQ OUCH 5.0 over SoupBinTCP 3.0, one port (session) per account. */
    OUCH,
    /** FIX 4.4 on a QuickFIX/J acceptor, one session per account (the client's SenderCompID). */
    FIX
}
