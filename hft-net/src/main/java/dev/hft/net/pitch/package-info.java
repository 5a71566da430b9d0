/**
 * Cboe US Equities Multicast Depth of Book (PITCH) 2.41: flyweight decoders and encoders for the Sequenced Unit Header
 * and every equities message of chapter 4 ("PITCH 2.X Messages"), a {@link dev.hft.net.pitch.PitchListener} and the
 * {@link dev.hft.net.pitch.PitchMessageDispatcher} that walks a UDP payload, plus the shared constants and helpers in
 * {@link dev.hft.net.pitch.Pitch}. Binary, little-endian; prices are raw wire integers (4 implied decimals in the long
 * forms, 2 in the short forms) with conversions to {@link dev.hft.api.FixedPoint}.
 *
 * <p>Section numbers ({@code §4.3} and so on) are those of the specification's chapter 4 in the 2.x editions whose
 * contents could be checked; section names are the stable reference across 2.41.x revisions. Not covered: the Gap
 * Request Proxy and Spin Server messages (login, gap and spin requests and responses, TCP) and the options-only
 * messages (Symbol Mapping and the EDGX options auction messages): the dispatcher reports them as unknown types and
 * skips them.
 *
 * <p>Everything here is zero-allocation on the hot path and single-threaded per instance.
 */
package dev.hft.net.pitch;
