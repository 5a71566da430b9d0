package dev.hft.oms.algo;

import dev.hft.oms.journal.ChronicleOrderJournal;

import java.nio.file.Path;

/**
 * Child process of {@link ParentRecoveryTest}: runs a seeded {@link ParentScenario} with a Chronicle journal forever,
 * printing "running" once warm, until the test kills it (SIGKILL).
 */
public final class ParentWriterProcess {

    private ParentWriterProcess() {
    }

    /**
     * Runs the writer.
     *
     * @param args journal directory, seed.
     */
    public static void main(final String[] args) {
        final ChronicleOrderJournal journal = new ChronicleOrderJournal(Path.of(args[0]));
        final ParentScenario scenario = new ParentScenario(Long.parseLong(args[1]));
        scenario.journal(journal);
        long steps = 0;
        while (true) {
            scenario.step();
            if (++steps == 20_000) {
                System.out.println("running");
                System.out.flush();
            }
        }
    }
}
