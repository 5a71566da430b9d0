package dev.hft.timing;

import java.util.BitSet;

import net.openhft.affinity.Affinity;

/**
 * Pins the calling thread to a CPU, best effort, through OpenHFT's Java-Thread-Affinity ({@code sched_setaffinity}
 * on Linux through JNA), and says plainly whether the operating system accepted it.
 * <p>
 * Pinning is a start-up step on the thread to pin (the library starts no threads): call
 * {@link #pinCurrentThread(int)} first thing in the host's trading thread. Containers, cgroup cpusets and
 * non-Linux systems may refuse or ignore the request; the result says so rather than throwing.
 */
public final class ThreadPinning {
    private ThreadPinning() {
    }

    /**
     * The outcome of a pinning request.
     *
     * @param pinned   whether the thread's affinity mask is now exactly {@code {cpu}}.
     * @param cpu      the CPU requested.
     * @param affinity the thread's affinity mask after the request, e.g. {@code {1}}; "unknown" if unreadable.
     * @param detail   what happened, in one sentence, for the log.
     */
    public record Result(boolean pinned, int cpu, String affinity, String detail) {
    }

    /**
     * Pins the calling thread to one CPU and checks that the operating system applied it.
     *
     * @param cpu the CPU index, 0 to {@code Runtime.availableProcessors() - 1} on a machine without cpusets.
     * @return the outcome; never throws for a refusal.
     */
    public static Result pinCurrentThread(final int cpu) {
        if (cpu < 0) {
            return new Result(false, cpu, currentAffinity(), "cpu must not be negative");
        }
        final String implementation;
        try {
            implementation = Affinity.getAffinityImpl().getClass().getSimpleName();
        } catch (final LinkageError ex) {
            return new Result(false, cpu, "unknown", "thread affinity unavailable: " + ex);
        }
        if ("NullAffinity".equals(implementation)) {
            return new Result(false, cpu, "unknown", "thread affinity is not supported on this platform ("
                + System.getProperty("os.name") + ")");
        }
        try {
            Affinity.setAffinity(cpu);
        } catch (final RuntimeException | LinkageError ex) {
            return new Result(false, cpu, currentAffinity(), "the OS refused to pin to cpu " + cpu + ": " + ex);
        }
        final BitSet mask = readAffinity();
        if (mask == null) {
            return new Result(false, cpu, "unknown", "pinning requested but the affinity mask cannot be read back");
        }
        if (mask.cardinality() == 1 && mask.get(cpu)) {
            return new Result(true, cpu, mask.toString(), "pinned to cpu " + cpu + " (" + implementation + ")");
        }
        return new Result(false, cpu, mask.toString(), "the OS did not apply the request: affinity is "
            + mask + " (cpu " + cpu + " may be outside this process's cpuset)");
    }

    /**
     * The calling thread's affinity mask, for diagnostics.
     *
     * @return e.g. {@code {0, 1}}, or "unknown" if it cannot be read.
     */
    public static String currentAffinity() {
        final BitSet mask = readAffinity();
        return mask == null ? "unknown" : mask.toString();
    }

    /**
     * The CPU the calling thread is running on now, for diagnostics.
     *
     * @return the CPU index, or -1 if unknown.
     */
    public static int currentCpu() {
        try {
            return Affinity.getCpu();
        } catch (final RuntimeException | LinkageError ex) {
            return -1;
        }
    }

    private static BitSet readAffinity() {
        try {
            return Affinity.getAffinity();
        } catch (final RuntimeException | LinkageError ex) {
            return null;
        }
    }
}
