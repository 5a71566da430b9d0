/**
 * NASDAQ TotalView-ITCH 5.0 (also BX and PSX TotalView-ITCH): a flyweight decoder and encoder per message type, the
 * {@link dev.hft.net.itch.ItchListener} with one {@code onXxx} per type, and the
 * {@link dev.hft.net.itch.ItchMessageDispatcher} that checks each message's length, wraps its decoder and calls the
 * listener, counting bad input in a {@link dev.hft.net.WireErrorCounters}. Nothing here allocates or throws on the
 * hot path; {@link dev.hft.net.itch.Itch50} holds the wire constants, the header layout and the conventions (unsigned
 * integers widened, Price(4) and Price(8), alpha fields packed big-endian into primitives).
 *
 * <p>All 23 message types of the 2023 revision of the specification are covered, including Direct Listing with
 * Capital Raise Price Discovery ({@code 'O'}).
 */
package dev.hft.net.itch;
