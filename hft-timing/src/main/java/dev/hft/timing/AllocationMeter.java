package dev.hft.timing;

import java.lang.management.ManagementFactory;

/**
 * Measures heap allocation by the calling thread, to prove that a hot path allocates nothing in steady state (the
 * unit-test companion of JMH's {@code -prof gc}). Uses HotSpot's per-thread allocation counter
 * ({@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}).
 */
public final class AllocationMeter {
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private AllocationMeter() {
    }

    /**
     * Bytes allocated by the calling thread since it started.
     *
     * @return the counter, or -1 if the JVM does not support it.
     */
    public static long threadAllocatedBytes() {
        return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    /**
     * Bytes one run of {@code work} allocates on the calling thread in steady state: {@code warmUpRuns} runs first
     * (so the JIT has compiled the path), then the smallest of up to {@code measuredRuns} measured runs, stopping at
     * the first that allocates nothing. Taking the smallest discounts one-off JIT events (a deoptimisation that
     * rematerialises an object, a recompilation) that a loaded machine can put inside any single run; a path that
     * really allocates does so in every run.
     *
     * @param work         the code under test; make each run long enough to reach steady state (e.g. 100,000 calls).
     * @param warmUpRuns   unmeasured runs first.
     * @param measuredRuns measured runs at most.
     * @return bytes allocated by the cleanest measured run (0 for an allocation-free path).
     */
    public static long steadyStateBytes(final Runnable work, final int warmUpRuns, final int measuredRuns) {
        for (int i = 0; i < warmUpRuns; i++) {
            work.run();
        }
        final long counterCost = -threadAllocatedBytes() + threadAllocatedBytes();
        long smallest = Long.MAX_VALUE;
        for (int i = 0; i < measuredRuns && smallest > 0; i++) {
            final long start = threadAllocatedBytes();
            work.run();
            smallest = Math.min(smallest, Math.max(0, threadAllocatedBytes() - start - counterCost));
        }
        return smallest;
    }
}
