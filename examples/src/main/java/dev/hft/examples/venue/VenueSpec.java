package dev.hft.examples.venue;

import java.util.ArrayList;
import java.util.List;

import dev.hft.api.FixedPoint;
import net.openhft.chronicle.wire.SelfDescribingMarshallable;

/**
 * One simulated venue: its name (the MoldUDP64 session and, for FIX, the venue's CompID), order-entry protocol, fees
 * per share (decimal text; negative is a rebate), the latency it adds to every inbound order, its background flow
 * and the instruments it lists. Loads from YAML as part of a {@link VenuesConfig}; can be built in code:
 * <pre>
 * new VenueSpec().name("OUCHA").protocol(VenueProtocol.OUCH).fees("-0.0020", "0.0030").orderLatencyNs(20_000)
 *     .flow(2_000, 7).instrument("HFTA", "0.01", 1, "100.00");
 * </pre>
 * Configuration object, used at start-up only; not thread-safe.
 */
public final class VenueSpec extends SelfDescribingMarshallable {
    /** Longest venue name: the MoldUDP64 session field. */
    public static final int MAX_NAME_LENGTH = 10;

    String name = "VENUE";
    VenueProtocol protocol = VenueProtocol.OUCH;
    String makerFee = "0";
    String takerFee = "0";
    long orderLatencyNs;
    int orderEntryPort;
    int flowRatePerSecond = 1_000;
    long flowSeed = 1;
    List<String> accounts = new ArrayList<>(List.of("HFT"));
    List<ListedInstrument> instruments = new ArrayList<>();

    /** Creates an OUCH venue named VENUE with no fees, no latency, one account (HFT) and no instrument. */
    public VenueSpec() {
    }

    /** One listed instrument: symbol, tick, lot and the price its background flow starts at. */
    public static final class ListedInstrument extends SelfDescribingMarshallable {
        String symbol = "";
        String tick = "0.01";
        long lot = 1;
        String startPrice = "100.00";

        /** Creates an empty listing (for the YAML reader). */
        public ListedInstrument() {
        }

        ListedInstrument(final String symbol, final String tick, final long lot, final String startPrice) {
            this.symbol = symbol;
            this.tick = tick;
            this.lot = lot;
            this.startPrice = startPrice;
        }
    }

    /**
     * Sets the name.
     *
     * @param name 1 to {@value #MAX_NAME_LENGTH} ASCII characters.
     * @return this.
     */
    public VenueSpec name(final String name) {
        this.name = name;
        return this;
    }

    /**
     * Sets the order-entry protocol.
     *
     * @param protocol OUCH or FIX.
     * @return this.
     */
    public VenueSpec protocol(final VenueProtocol protocol) {
        this.protocol = protocol;
        return this;
    }

    /**
     * Sets the fees per share.
     *
     * @param makerFee fee of a fill that added liquidity, decimal text; negative for a rebate.
     * @param takerFee fee of a fill that removed liquidity, decimal text.
     * @return this.
     */
    public VenueSpec fees(final String makerFee, final String takerFee) {
        this.makerFee = makerFee;
        this.takerFee = takerFee;
        return this;
    }

    /**
     * Sets the latency the venue adds to every inbound order.
     *
     * @param latencyNs nanoseconds, {@code >= 0}.
     * @return this.
     */
    public VenueSpec orderLatencyNs(final long latencyNs) {
        this.orderLatencyNs = latencyNs;
        return this;
    }

    /**
     * Sets the order-entry TCP port.
     *
     * @param port 0 for any free port.
     * @return this.
     */
    public VenueSpec orderEntryPort(final int port) {
        this.orderEntryPort = port;
        return this;
    }

    /**
     * Sets the background flow.
     *
     * @param ratePerSecond requests per second into the engine; 0 for none.
     * @param seed          random seed.
     * @return this.
     */
    public VenueSpec flow(final int ratePerSecond, final long seed) {
        this.flowRatePerSecond = ratePerSecond;
        this.flowSeed = seed;
        return this;
    }

    /**
     * Sets the accounts that may log in: OUCH usernames (one port each), FIX SenderCompIDs.
     *
     * @param names 1 to 6 characters each (the SoupBinTCP username field).
     * @return this.
     */
    public VenueSpec accounts(final String... names) {
        this.accounts = new ArrayList<>(List.of(names));
        return this;
    }

    /**
     * Lists an instrument.
     *
     * @param symbol     up to 8 characters.
     * @param tick       tick size, decimal text.
     * @param lot        lot size.
     * @param startPrice where the background flow's price starts, decimal text, on the tick.
     * @return this.
     */
    public VenueSpec instrument(final String symbol, final String tick, final long lot, final String startPrice) {
        instruments.add(new ListedInstrument(symbol, tick, lot, startPrice));
        return this;
    }

    /**
     * Checks every value.
     *
     * @return this.
     * @throws IllegalArgumentException if a value is invalid.
     */
    public VenueSpec validate() {
        check(name != null && !name.isEmpty() && name.length() <= MAX_NAME_LENGTH && name.chars().allMatch(
            c -> c > ' ' && c < 127), "name must be 1..10 printable ASCII characters");
        check(protocol != null, "protocol missing");
        FixedPoint.parse(makerFee);
        FixedPoint.parse(takerFee);
        check(orderLatencyNs >= 0 && orderEntryPort >= 0 && orderEntryPort < 65_536 && flowRatePerSecond >= 0
            && flowRatePerSecond <= 1_000_000, "latency, port or flow rate out of range");
        check(accounts != null && !accounts.isEmpty(), "at least one account");
        for (final String account : accounts) {
            check(account != null && !account.isEmpty() && account.length() <= 6, "account names 1..6 characters");
        }
        check(accounts.stream().distinct().count() == accounts.size(), "account names must differ");
        check(instruments != null && !instruments.isEmpty(), "at least one instrument");
        for (final ListedInstrument listed : instruments) {
            check(listed.symbol != null && !listed.symbol.isEmpty() && listed.symbol.length() <= 8,
                "symbols 1..8 characters");
            final long tickFixed = FixedPoint.parse(listed.tick);
            final long start = FixedPoint.parse(listed.startPrice);
            check(tickFixed > 0 && listed.lot > 0 && start > 0 && start % tickFixed == 0,
                "tick, lot and start price positive, start price on the tick: " + listed.symbol);
        }
        check(instruments.stream().map(i -> i.symbol).distinct().count() == instruments.size(),
            "symbols must differ");
        return this;
    }

    private void check(final boolean condition, final String message) {
        if (!condition) {
            throw new IllegalArgumentException("venue " + name + ": " + message + ": " + this);
        }
    }

    /**
     * The venue's name: MoldUDP64 session, FIX CompID of the venue.
     *
     * @return the name.
     */
    public String name() {
        return name;
    }

    /**
     * The order-entry protocol.
     *
     * @return OUCH or FIX.
     */
    public VenueProtocol protocol() {
        return protocol;
    }

    /**
     * Fee per share of a fill that added liquidity.
     *
     * @return fixed-point money; negative for a rebate.
     */
    public long makerFeeFixed() {
        return FixedPoint.parse(makerFee);
    }

    /**
     * Fee per share of a fill that removed liquidity.
     *
     * @return fixed-point money; negative for a rebate.
     */
    public long takerFeeFixed() {
        return FixedPoint.parse(takerFee);
    }

    /**
     * Latency added to every inbound order.
     *
     * @return nanoseconds.
     */
    public long orderLatencyNs() {
        return orderLatencyNs;
    }

    /**
     * The configured order-entry port.
     *
     * @return the port; 0 for any free one.
     */
    public int orderEntryPort() {
        return orderEntryPort;
    }

    /**
     * Background requests per second.
     *
     * @return the rate; 0 for none.
     */
    public int flowRatePerSecond() {
        return flowRatePerSecond;
    }

    /**
     * The background flow's random seed.
     *
     * @return the seed.
     */
    public long flowSeed() {
        return flowSeed;
    }

    /**
     * Number of accounts.
     *
     * @return count.
     */
    public int accountCount() {
        return accounts.size();
    }

    /**
     * An account's name.
     *
     * @param index 0 to {@link #accountCount()} minus one.
     * @return the OUCH username or FIX SenderCompID.
     */
    public String account(final int index) {
        return accounts.get(index);
    }

    /**
     * Index of an account.
     *
     * @param account the name.
     * @return its index, or -1.
     */
    public int accountIndex(final String account) {
        return accounts.indexOf(account);
    }

    /**
     * Number of listed instruments.
     *
     * @return count; the venue's instrument ids are 0 to this minus one, in listing order.
     */
    public int instrumentCount() {
        return instruments.size();
    }

    /**
     * Symbol of an instrument.
     *
     * @param instrument venue instrument id.
     * @return the symbol.
     */
    public String symbol(final int instrument) {
        return instruments.get(instrument).symbol;
    }

    /**
     * Index of a symbol.
     *
     * @param symbol the symbol.
     * @return the venue's instrument id, or -1.
     */
    public int instrumentIndex(final String symbol) {
        for (int i = 0; i < instruments.size(); i++) {
            if (instruments.get(i).symbol.equals(symbol)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Tick size of an instrument.
     *
     * @param instrument venue instrument id.
     * @return fixed-point tick.
     */
    public long tickSizeFixed(final int instrument) {
        return FixedPoint.parse(instruments.get(instrument).tick);
    }

    /**
     * Lot size of an instrument.
     *
     * @param instrument venue instrument id.
     * @return lot.
     */
    public long lotSize(final int instrument) {
        return instruments.get(instrument).lot;
    }

    /**
     * Start price of an instrument's background flow.
     *
     * @param instrument venue instrument id.
     * @return fixed-point price.
     */
    public long startPriceFixed(final int instrument) {
        return FixedPoint.parse(instruments.get(instrument).startPrice);
    }
}
