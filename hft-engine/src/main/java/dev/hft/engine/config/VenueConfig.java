package dev.hft.engine.config;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.hft.api.Venue;
import net.openhft.chronicle.wire.SelfDescribingMarshallable;
import net.openhft.chronicle.wire.ValueIn;

/**
 * One venue: its name and MIC, its order-entry session (OUCH over SoupBinTCP or FIX 4.4, endpoint, user) and its
 * market-data feed. Its dense id is its position in {@link EngineConfig#venues()}.
 *
 * <p><b>Credentials never live in the YAML.</b> The password is read at start-up from the environment variable named
 * by {@code passwordEnv} or from the file named by {@code passwordFile} (its first line); the configuration has no
 * key that could hold the secret itself, and an unknown key such as {@code password} is refused.
 *
 * <pre>{@code
 * venues: [
 *   { name: NSDQ, mic: XNAS, protocol: OUCH, orderEntry: "10.1.2.3:15000", username: TRADER1,
 *     passwordEnv: NSDQ_PASSWORD, firm: HFTT,
 *     feed: { lineA: "233.54.12.1:26400", requestServer: "10.1.2.3:26401" } },
 *   { name: ARCA, mic: ARCX, protocol: FIX, orderEntry: "10.1.2.4:9878", username: HFT, targetCompId: ARCA,
 *     passwordFile: /run/secrets/arca }
 * ]
 * }</pre>
 */
public final class VenueConfig extends SelfDescribingMarshallable {
    String name;
    String mic;
    VenueProtocol protocol = VenueProtocol.OUCH;
    String orderEntry;
    String username = "";
    String passwordEnv;
    String passwordFile;
    String firm = "";
    String targetCompId;
    String fixStoreDir;
    int maxOrders = 1 << 14;
    FeedConfig feed;

    /** Creates an empty entry (YAML). */
    public VenueConfig() {
    }

    /**
     * Creates an entry in code.
     *
     * @param name     the venue's name, no whitespace.
     * @param mic      its ISO 10383 MIC (4 characters A-Z, 0-9).
     * @param protocol its order-entry protocol.
     */
    public VenueConfig(final String name, final String mic, final VenueProtocol protocol) {
        this.name = name;
        this.mic = mic;
        this.protocol = protocol;
    }

    /**
     * Sets the order-entry endpoint.
     *
     * @param address {@code host:port}.
     * @return this.
     */
    public VenueConfig orderEntry(final String address) {
        this.orderEntry = address;
        return this;
    }

    /**
     * Sets the user: the SoupBinTCP username, or the FIX SenderCompID and Username.
     *
     * @param user the user.
     * @return this.
     */
    public VenueConfig username(final String user) {
        this.username = user;
        return this;
    }

    /**
     * Names the environment variable holding the password.
     *
     * @param variable the variable's name.
     * @return this.
     */
    public VenueConfig passwordEnv(final String variable) {
        this.passwordEnv = variable;
        return this;
    }

    /**
     * Names the file holding the password (its first line).
     *
     * @param file the file's path.
     * @return this.
     */
    public VenueConfig passwordFile(final String file) {
        this.passwordFile = file;
        return this;
    }

    /**
     * Sets the OUCH firm.
     *
     * @param value up to 4 characters.
     * @return this.
     */
    public VenueConfig firm(final String value) {
        this.firm = value;
        return this;
    }

    /**
     * Sets the FIX TargetCompID (default: the venue's name).
     *
     * @param value the TargetCompID.
     * @return this.
     */
    public VenueConfig targetCompId(final String value) {
        this.targetCompId = value;
        return this;
    }

    /**
     * Sets where the FIX session store lives (default: a directory under the system temporary directory).
     *
     * @param directory the directory.
     * @return this.
     */
    public VenueConfig fixStoreDir(final String directory) {
        this.fixStoreDir = directory;
        return this;
    }

    /**
     * Sets the most orders the gateway tracks at once.
     *
     * @param count positive.
     * @return this.
     */
    public VenueConfig maxOrders(final int count) {
        this.maxOrders = count;
        return this;
    }

    /**
     * Sets the market-data feed.
     *
     * @param value the feed, or {@code null} for none (market data injected by the host, or none).
     * @return this.
     */
    public VenueConfig feed(final FeedConfig value) {
        this.feed = value;
        return this;
    }

    /**
     * The name.
     *
     * @return the name.
     */
    public String name() {
        return name;
    }

    /**
     * The MIC.
     *
     * @return the MIC.
     */
    public String mic() {
        return mic;
    }

    /**
     * The protocol.
     *
     * @return the order-entry protocol.
     */
    public VenueProtocol protocol() {
        return protocol;
    }

    /**
     * The order-entry endpoint.
     *
     * @return the address.
     */
    public InetSocketAddress orderEntry() {
        return Strict.address("venues." + name + ".orderEntry", orderEntry);
    }

    /**
     * The user.
     *
     * @return the user.
     */
    public String username() {
        return username;
    }

    /**
     * The OUCH firm.
     *
     * @return the firm.
     */
    public String firm() {
        return firm;
    }

    /**
     * The FIX TargetCompID.
     *
     * @return the TargetCompID.
     */
    public String targetCompId() {
        return Strict.isBlank(targetCompId) ? name : targetCompId;
    }

    /**
     * The FIX store directory.
     *
     * @return the directory, or {@code null} for the default.
     */
    public String fixStoreDir() {
        return fixStoreDir;
    }

    /**
     * The gateway's order capacity.
     *
     * @return positive.
     */
    public int maxOrders() {
        return maxOrders;
    }

    /**
     * The feed.
     *
     * @return the feed, or {@code null}.
     */
    public FeedConfig feed() {
        return feed;
    }

    /**
     * Reads the password from the environment variable or file the configuration names (start-up only).
     *
     * @return the password; empty if neither is named.
     * @throws ConfigException if the variable is not set or the file cannot be read.
     */
    public String password() {
        if (!Strict.isBlank(passwordEnv)) {
            final String value = System.getenv(passwordEnv);
            Strict.require(value != null, "venues." + name + ".passwordEnv",
                "environment variable " + passwordEnv + " is not set");
            return value;
        }
        if (!Strict.isBlank(passwordFile)) {
            try {
                final String text = Files.readString(Path.of(passwordFile), StandardCharsets.UTF_8);
                final int end = text.indexOf('\n');
                return (end < 0 ? text : text.substring(0, end)).trim();
            } catch (final IOException ex) {
                throw new ConfigException("venues." + name + ".passwordFile", "cannot read " + passwordFile, ex);
            }
        }
        return "";
    }

    void validate(final String key) {
        Strict.require(!Strict.isBlank(name), key + ".name", "required");
        Strict.require(name.chars().noneMatch(Character::isWhitespace), key + ".name", "must have no whitespace");
        Strict.require(Venue.isValidMic(mic), key + ".mic", "must be 4 characters A-Z or 0-9: '" + mic + "'");
        Strict.require(protocol != null, key + ".protocol", "required (OUCH, FIX or IN_PROCESS)");
        Strict.require(Strict.isBlank(passwordEnv) || Strict.isBlank(passwordFile), key + ".passwordEnv",
            "give passwordEnv or passwordFile, not both");
        Strict.require(maxOrders > 0, key + ".maxOrders", "must be positive: " + maxOrders);
        if (orderEntry != null) {
            Strict.address(key + ".orderEntry", orderEntry);
        }
        if (feed != null) {
            feed.validate(key + ".feed");
        }
    }

    @Override
    public void unexpectedField(final Object event, final ValueIn valueIn) {
        Strict.unknownKey("venues[]", event, valueIn);
    }
}
