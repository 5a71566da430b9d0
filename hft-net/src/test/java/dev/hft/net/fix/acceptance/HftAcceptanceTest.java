package dev.hft.net.fix.acceptance;

/** The 65 FIX 4.4 session scripts against hft's own acceptor ({@code dev.hft.net.fix.FixAcceptor}). */
final class HftAcceptanceTest extends AcceptanceSuite {
    @Override
    AcceptorUnderTest newAcceptor() {
        return new HftAcceptor();
    }
}
