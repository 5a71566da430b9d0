package dev.hft.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class JvmFlagsTest {
    @Test
    void shouldCarryAgronaAndChronicleFlagsIntoBenchmarkForks() {
        final List<String> flags = JvmFlags.all();
        assertTrue(flags.contains("--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED"), flags::toString);
        assertTrue(flags.contains("--add-opens=java.base/java.lang=ALL-UNNAMED"), flags::toString);
        assertTrue(flags.contains("-Dchronicle.analytics.disable=true"), flags::toString);
    }
}
