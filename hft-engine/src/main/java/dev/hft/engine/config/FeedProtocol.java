package dev.hft.engine.config;

/** The market-data protocol of a venue's feed. */
public enum FeedProtocol {
    /** Nasdaq TotalView-ITCH 5.0 messages in MoldUDP64 packets. */
    ITCH
}
