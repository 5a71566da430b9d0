/**
 * Value conventions and the interfaces every hft module speaks.
 *
 * <ul>
 *     <li>Values: {@link dev.hft.api.FixedPoint} (prices as {@code long} with 8 implied decimals, saturating
 *     notional arithmetic, tick rounding), quantities as plain {@code long} counts.</li>
 *     <li>Codes: {@link dev.hft.api.Side}, {@link dev.hft.api.OrderType}, {@link dev.hft.api.TimeInForce},
 *     {@link dev.hft.api.TradingStatus}, {@link dev.hft.api.Liquidity}, {@link dev.hft.api.RejectReason} (each
 *     with a stable code and an allocation-free {@code fromCode}), {@link dev.hft.api.ExecInstructions} bit flags
 *     and {@link dev.hft.api.Result} return codes.</li>
 *     <li>Reference data: {@link dev.hft.api.Instrument} and {@link dev.hft.api.Venue}, identified by dense
 *     {@code int} ids assigned at start-up by {@link dev.hft.api.InstrumentRegistry} and
 *     {@link dev.hft.api.VenueRegistry}.</li>
 *     <li>Interfaces: {@link dev.hft.api.MarketDataListener} (feed to strategy),
 *     {@link dev.hft.api.VenueGateway} (orders out) and {@link dev.hft.api.OrderEventListener} (execution reports
 *     in).</li>
 * </ul>
 *
 * <p>Nothing here allocates, boxes or throws on the hot path; absent values are sentinels
 * ({@link dev.hft.api.FixedPoint#NULL_PRICE}, {@link dev.hft.api.Instrument#NULL_INSTRUMENT_ID}, the {@code UNKNOWN}
 * constants), failures are return codes.
 */
package dev.hft.api;
