package dev.hft.oms;

/**
 * A journal that can be read back: replays its records in order into a target.
 */
@FunctionalInterface
public interface JournalSource {

    /**
     * Replays every record from the start into {@code target}.
     *
     * @param target receives one call per record.
     * @return number of records replayed.
     */
    long replay(OrderJournal target);
}
