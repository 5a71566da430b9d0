package dev.hft.timing;

import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.BusySpinIdleStrategy;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.NoOpIdleStrategy;
import org.agrona.concurrent.SleepingIdleStrategy;
import org.agrona.concurrent.SleepingMillisIdleStrategy;
import org.agrona.concurrent.YieldingIdleStrategy;

/**
 * Agrona's idle strategies by name, for configuration files: hft uses Agrona's {@link IdleStrategy} as is.
 * <p>
 * Names are Agrona's aliases: {@code noop}, {@code spin} (busy spin with {@code Thread.onSpinWait()}: lowest
 * latency, burns a core), {@code yield}, {@code backoff} (spin, then yield, then park: Agrona's default for
 * shared cores), {@code sleep-ns} (park 1 µs), {@code sleep-ms} (sleep 1 ms).
 */
public final class IdleStrategies {
    private IdleStrategies() {
    }

    /**
     * Creates the idle strategy with the given alias.
     *
     * @param alias one of {@code noop}, {@code spin}, {@code yield}, {@code backoff}, {@code sleep-ns},
     *              {@code sleep-ms}.
     * @return the strategy: Agrona's shared instance for the stateless {@code noop}, {@code spin} and {@code yield},
     *         a new instance otherwise (those hold state: one per thread).
     * @throws IllegalArgumentException for an unknown alias.
     */
    public static IdleStrategy of(final String alias) {
        switch (alias) {
            case NoOpIdleStrategy.ALIAS:
                return NoOpIdleStrategy.INSTANCE;
            case BusySpinIdleStrategy.ALIAS:
                return BusySpinIdleStrategy.INSTANCE;
            case YieldingIdleStrategy.ALIAS:
                return YieldingIdleStrategy.INSTANCE;
            case BackoffIdleStrategy.ALIAS:
                return new BackoffIdleStrategy();
            case SleepingIdleStrategy.ALIAS:
                return new SleepingIdleStrategy();
            case SleepingMillisIdleStrategy.ALIAS:
                return new SleepingMillisIdleStrategy();
            default:
                throw new IllegalArgumentException("unknown idle strategy '" + alias
                    + "'; expected one of noop, spin, yield, backoff, sleep-ns, sleep-ms");
        }
    }
}
