/**
 * The engine's typed configuration: {@link dev.hft.engine.config.EngineConfig} and its parts (instruments, venues
 * with their order-entry sessions and feeds, strategies with their parameters), built in code or loaded from YAML
 * through Chronicle Wire; the risk and router blocks are hft-risk's {@code RiskConfig} and hft-sor's
 * {@code SorConfig}. Validation fails at start-up with a {@link dev.hft.engine.config.ConfigException} naming the
 * bad key. Start-up only; nothing here is on the hot path.
 */
package dev.hft.engine.config;
