/**
 * FIX 4.4 over TCP: a zero-allocation tag=value codec ({@link dev.hft.net.fix.FixMessageDecoder} indexes a message
 * in place and reads typed values on demand, {@link dev.hft.net.fix.FixEncoder} writes into a buffer behind a
 * precomputed header, {@link dev.hft.net.fix.FixFramer} cuts a byte stream into messages,
 * {@link dev.hft.net.fix.FixValidator} applies the session-level checks of {@link dev.hft.net.fix.FixDictionary}),
 * and a non-blocking session layer (initiator and acceptor) on top of it.
 */
package dev.hft.net.fix;
