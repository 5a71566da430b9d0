package dev.hft.examples.tools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import dev.hft.net.capture.CaptureSummary;
import dev.hft.testkit.SyntheticItchFeed;
import dev.hft.testkit.SyntheticItchFiles;
import dev.hft.timing.ClockCharacteristics;
import dev.hft.timing.SystemClock;

/**
 * The command-line tools of the examples jar ({@code java -jar examples/target/hft-examples.jar COMMAND ...}): argument
 * parsing and printing around the library calls that do the work. Each method returns the process exit code
 * (0 success, 2 usage error).
 */
public final class Tools {
    private Tools() {
    }

    /**
     * {@code clocks [readsPerRound]}: prints this machine's clock characteristics
     * ({@link ClockCharacteristics#measure(int)}).
     *
     * @param args optional reads per round (default 2,000,000).
     * @return the exit code.
     */
    public static int clocks(final String[] args) {
        final int reads = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 2_000_000;
        System.out.print(ClockCharacteristics.measure(reads).format());
        return 0;
    }

    /**
     * {@code summary FILE...}: prints the summary of each capture ({@link CaptureSummary#summarize}), progress on
     * standard error for large files.
     *
     * @param args capture files.
     * @return the exit code.
     * @throws IOException if a file cannot be read or its format is not recognised.
     */
    public static int summary(final String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: summary FILE...   (NASDAQ ITCH file, .gz, or pcap of MoldUDP64/ITCH or PITCH)");
            return 2;
        }
        for (final String arg : args) {
            final Path file = Path.of(arg);
            System.out.println("== " + file);
            System.out.print(CaptureSummary.summarize(file, System.err, SystemClock.INSTANCE).toText());
        }
        return 0;
    }

    /**
     * {@code generate FILE [messages] [instruments] [seed]}: writes a synthetic ITCH file, gzip when the name ends in
     * {@code .gz} ({@link SyntheticItchFiles#write}).
     *
     * @param args FILE [messages, default 10,000,000] [instruments, default 100] [seed, default 42].
     * @return the exit code.
     * @throws IOException if the file cannot be written.
     */
    public static int generate(final String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: generate FILE [messages] [instruments] [seed]   (FILE.gz for gzip)");
            return 2;
        }
        final SyntheticItchFeed.Config config = new SyntheticItchFeed.Config();
        final long messages = args.length > 1 ? Long.parseLong(args[1].replace("_", "")) : 10_000_000L;
        if (args.length > 2) {
            config.instruments = Integer.parseInt(args[2]);
        }
        if (args.length > 3) {
            config.seed = Long.parseLong(args[3]);
        }
        final long written = SyntheticItchFiles.write(Path.of(args[0]), config, messages, System.err);
        System.out.printf(Locale.ROOT, "wrote %,d messages to %s%n", written, args[0]);
        return 0;
    }

    /**
     * {@code replay FILE [instruments]}: builds the books of an ITCH file and prints the busiest instruments' depth
     * ({@link BookReplay}).
     *
     * @param args FILE [instruments to print, default 10].
     * @return the exit code.
     * @throws IOException if the file cannot be read.
     */
    public static int replay(final String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: replay FILE [instruments]   (NASDAQ ITCH 5.0 BinaryFILE, plain or .gz)");
            return 2;
        }
        final int top = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        BookReplay.replay(Path.of(args[0]), top, System.out, System.err, SystemClock.INSTANCE);
        return 0;
    }
}
