package dev.hft.engine;

import dev.hft.api.InstrumentRegistry;
import dev.hft.api.OrderEventListener;
import dev.hft.api.VenueGateway;

/**
 * Creates the gateway of one venue in place of the session the configuration describes: an in-process venue for a
 * test, a simulator, a backtest's matching engine. The gateway must deliver its execution reports to {@code events}
 * (the engine's order manager). If it implements {@link org.agrona.concurrent.Agent}, the trading agent calls its
 * {@code doWork()} every duty cycle; otherwise it must answer on the trading thread by itself (for example when a test
 * calls it).
 */
@FunctionalInterface
public interface GatewayFactory {
    /**
     * Creates the gateway (start-up).
     *
     * @param venueId     the venue's dense id; the gateway's {@link VenueGateway#venueId()} must return it.
     * @param instruments the engine's instruments.
     * @param events      where the gateway delivers its execution reports.
     * @return the gateway.
     */
    VenueGateway create(int venueId, InstrumentRegistry instruments, OrderEventListener events);
}
