/**
 * NASDAQ OUCH 5.0 order entry: a flyweight decoder and encoder per message type in both directions (client
 * requests: Enter, Replace, Cancel, Modify Order, Mass Cancel, Disable/Enable Order Entry, Account Query; venue
 * messages: System Event, Order Accepted, Replaced, Canceled, AIQ Canceled, Executed, Broken Trade, Trade
 * Correction, Rejected, Cancel Pending, Cancel Reject, Priority Update, Modified, Restated, Mass Cancel Response,
 * Disable/Enable Order Entry Response, Account Query Response), the optional appendage (TLV options,
 * {@link dev.hft.net.ouch.OuchAppendage}), a dispatcher per direction that checks lengths and appendages and counts
 * bad input in a {@link dev.hft.net.WireErrorCounters}, and {@code OuchVenueGateway}, the
 * {@link dev.hft.api.VenueGateway} over a SoupBinTCP session. {@link dev.hft.net.ouch.Ouch50} holds the conventions.
 * Nothing here allocates or throws on the hot path.
 */
package dev.hft.net.ouch;
