/**
 * FIX 4.4 session acceptance harness: runs QuickFIX/J's session-level scripts ({@code testdata/fix-acceptance/
 * server-fix44}, one JUnit dynamic test per script) against a FIX acceptor over real loopback sockets.
 *
 * <p>{@link dev.hft.net.fix.acceptance.Script} parses a script into {@link dev.hft.net.fix.acceptance.Step}s;
 * {@link dev.hft.net.fix.acceptance.ScriptRunner} plays them over {@link dev.hft.net.fix.acceptance.ScriptConnection}s
 * against an {@link dev.hft.net.fix.acceptance.AcceptorUnderTest}; {@link dev.hft.net.fix.acceptance.AcceptanceSuite}
 * turns every script into a dynamic test. The semantics follow QuickFIX/J's own acceptance runner (timeouts, field
 * comparison, {@code <TIME+n>} offsets, connection numbers) so that a result here means what it means there; the
 * {@link dev.hft.net.fix.acceptance.QuickfixjAcceptor} run proves the harness against the reference engine.
 */
package dev.hft.net.fix.acceptance;
