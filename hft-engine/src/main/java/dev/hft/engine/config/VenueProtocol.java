package dev.hft.engine.config;

/** The order-entry protocol of a venue. */
public enum VenueProtocol {
    /** OUCH 5.0 over SoupBinTCP. */
    OUCH,
    /** FIX 4.4 (the engine is the initiator). */
    FIX,
    /** No configured session: the host supplies the gateway in code (an in-process venue, a simulator). */
    IN_PROCESS
}
