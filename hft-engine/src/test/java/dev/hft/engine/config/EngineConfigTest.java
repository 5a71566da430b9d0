package dev.hft.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hft.api.FixedPoint;
import org.junit.jupiter.api.Test;

class EngineConfigTest {
    private static final String YAML = String.join("\n",
        "instruments: [ { symbol: AAPL, tickSize: \"0.01\", lotSize: 1 }, { symbol: MSFT, tickSize: \"0.01\" } ]",
        "venues: [",
        "  { name: NSDQ, mic: XNAS, protocol: OUCH, orderEntry: \"127.0.0.1:15000\", username: T1,",
        "    passwordEnv: NSDQ_PASSWORD, feed: { lineA: \"127.0.0.1:26400\", requestServer: \"127.0.0.1:26401\" } },",
        "  { name: ARCA, mic: ARCX, protocol: FIX, orderEntry: \"127.0.0.1:9878\", username: HFT,",
        "    passwordFile: /run/secrets/arca }",
        "]",
        "strategies: [",
        "  { name: mm, className: dev.hft.engine.Recorder, instruments: [ AAPL ], venues: [ NSDQ ],",
        "    parameters: { quantity: 100, halfSpread: \"0.01\", direct: true } }",
        "]",
        "risk: { global: { maxOrderQuantity: 1000 } }",
        "sor: { maxParents: 64 }",
        "maxOrders: 4096",
        "");

    @Test
    void shouldLoadYamlAndRoundTripIt() {
        final EngineConfig config = EngineConfig.parse(YAML);
        assertEquals(2, config.instruments().size());
        assertEquals(1, config.instrumentId("MSFT"));
        assertEquals(VenueProtocol.FIX, config.venues().get(1).protocol());
        assertEquals(26400, config.venues().get(0).feed().lineA().getPort());
        assertEquals(4096, config.maxOrders());
        final StrategyConfig strategy = config.strategies().get(0);
        assertEquals(100, strategy.parameters().getLong("quantity", 0));
        assertEquals(FixedPoint.parse("0.01"), strategy.parameters().getFixed("halfSpread", 0));
        assertEquals(true, strategy.parameters().getBoolean("direct", false));
        assertEquals(7, strategy.parameters().getLong("absent", 7));
        final EngineConfig again = EngineConfig.parse(config.toString());
        assertEquals(config, again);
    }

    @Test
    void shouldRefuseAPasswordInTheYaml() {
        final ConfigException error = assertThrows(ConfigException.class, () -> EngineConfig.parse(
            YAML.replace("passwordEnv: NSDQ_PASSWORD", "password: secret")));
        assertEquals("venues[].password", error.key());
    }

    @Test
    void shouldNameTheBadKey() {
        assertEquals("strategies[0].instruments", assertThrows(ConfigException.class,
            () -> EngineConfig.parse(YAML.replace("instruments: [ AAPL ]", "instruments: [ IBM ]"))).key());
        assertEquals("venues[0].mic", assertThrows(ConfigException.class,
            () -> EngineConfig.parse(YAML.replace("XNAS", "xnas!"))).key());
        assertEquals("instruments[0].tickSize", assertThrows(ConfigException.class,
            () -> EngineConfig.parse(YAML.replace("\"0.01\", lotSize: 1", "\"abc\", lotSize: 1"))).key());
        assertEquals("venues[0].feed.lineA", assertThrows(ConfigException.class,
            () -> EngineConfig.parse(YAML.replace("\"127.0.0.1:26400\"", "nowhere"))).key());
        assertEquals("strategies.mm.parameters.quantity", assertThrows(ConfigException.class,
            () -> EngineConfig.parse(YAML.replace("quantity: 100", "quantity: lots")).strategies().get(0)
                .parameters().getLong("quantity", 0)).key());
        assertEquals("strategies[0].className", assertThrows(ConfigException.class,
            () -> EngineConfig.parse(YAML.replace("dev.hft.engine.Recorder", "no.such.Strategy")).strategies()
                .get(0).create("strategies[0]")).key());
    }

    @Test
    void shouldReadTheSecretFromTheNamedFile() throws Exception {
        final java.nio.file.Path file = java.nio.file.Files.createTempFile("secret", ".txt");
        java.nio.file.Files.writeString(file, "s3cret\n");
        final VenueConfig venue = new VenueConfig("A", "XNAS", VenueProtocol.OUCH).passwordFile(file.toString());
        assertEquals("s3cret", venue.password());
        java.nio.file.Files.delete(file);
    }
}
