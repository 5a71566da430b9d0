package dev.hft.net.fix.acceptance;

/** The 65 FIX 4.4 session scripts against QuickFIX/J 3.0.0's acceptor: the harness's own proof. */
final class QuickfixjAcceptanceTest extends AcceptanceSuite {
    @Override
    AcceptorUnderTest newAcceptor() {
        return new QuickfixjAcceptor();
    }
}
