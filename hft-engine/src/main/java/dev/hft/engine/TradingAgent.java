package dev.hft.engine;

import org.agrona.concurrent.Agent;

/** The trading thread's agent: the engine's duty cycle. */
final class TradingAgent implements Agent {
    private final EngineCore core;

    TradingAgent(final EngineCore core) {
        this.core = core;
    }

    @Override
    public void onStart() {
        core.startIfReady();
    }

    @Override
    public int doWork() {
        return core.doWork();
    }

    @Override
    public void onClose() {
        core.stop();
    }

    @Override
    public String roleName() {
        return "hft-trading";
    }
}
