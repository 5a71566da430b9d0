package dev.hft.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.BusySpinIdleStrategy;
import org.agrona.concurrent.NoOpIdleStrategy;
import org.agrona.concurrent.SleepingIdleStrategy;
import org.agrona.concurrent.SleepingMillisIdleStrategy;
import org.agrona.concurrent.YieldingIdleStrategy;
import org.junit.jupiter.api.Test;

class ThreadingTest {
    @Test
    void shouldCreateAgronaIdleStrategiesByAlias() {
        assertInstanceOf(NoOpIdleStrategy.class, IdleStrategies.of("noop"));
        assertInstanceOf(BusySpinIdleStrategy.class, IdleStrategies.of("spin"));
        assertInstanceOf(YieldingIdleStrategy.class, IdleStrategies.of("yield"));
        assertInstanceOf(BackoffIdleStrategy.class, IdleStrategies.of("backoff"));
        assertInstanceOf(SleepingIdleStrategy.class, IdleStrategies.of("sleep-ns"));
        assertInstanceOf(SleepingMillisIdleStrategy.class, IdleStrategies.of("sleep-ms"));
        final IllegalArgumentException ex =
            assertThrows(IllegalArgumentException.class, () -> IdleStrategies.of("busy"));
        assertTrue(ex.getMessage().contains("backoff"));
    }

    @Test
    void shouldPinOrSayWhyNot() throws InterruptedException {
        final ThreadPinning.Result result = onNewThread(() -> ThreadPinning.pinCurrentThread(0));
        if (result.pinned()) {
            assertEquals("{0}", result.affinity());
        } else {
            assertFalse(result.detail().isEmpty());
        }
    }

    @Test
    void shouldReportRefusalForCpuThatDoesNotExist() throws InterruptedException {
        final ThreadPinning.Result result = onNewThread(() -> ThreadPinning.pinCurrentThread(4095));
        assertFalse(result.pinned());
        assertFalse(result.detail().isEmpty());
        final ThreadPinning.Result negative = ThreadPinning.pinCurrentThread(-1);
        assertFalse(negative.pinned());
    }

    private static ThreadPinning.Result onNewThread(final java.util.function.Supplier<ThreadPinning.Result> action)
        throws InterruptedException {
        final AtomicReference<ThreadPinning.Result> result = new AtomicReference<>();
        final Thread thread = new Thread(() -> result.set(action.get()), "pin-test");
        thread.start();
        thread.join();
        return result.get();
    }
}
