package dev.hft.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Entry point of {@code bench/target/benchmarks.jar}: JMH's own command line, plus the project's JVM flags
 * ({@link JvmFlags}) appended to every forked benchmark JVM so that no benchmark fails on a module-access error.
 * <p>
 * Listing and help options ({@code -l}, {@code -lp}, {@code -lprof}, {@code -lrf}, {@code -h}) go straight to
 * {@code org.openjdk.jmh.Main}.
 */
public final class BenchmarkMain {
    private static final Set<String> PASS_THROUGH = Set.of("-l", "-lp", "-lprof", "-lrf", "-h", "-help", "--help");

    private BenchmarkMain() {
    }

    /**
     * Runs JMH.
     *
     * @param args JMH command-line arguments.
     * @throws Exception if JMH fails to start.
     */
    public static void main(final String[] args) throws Exception {
        for (final String arg : args) {
            if (PASS_THROUGH.contains(arg)) {
                org.openjdk.jmh.Main.main(args);
                return;
            }
        }
        final CommandLineOptions command;
        try {
            command = new CommandLineOptions(args);
        } catch (final CommandLineOptionException ex) {
            System.err.println("Error parsing command line: " + ex.getMessage());
            System.exit(1);
            return;
        }
        final List<String> jvmArgs = new ArrayList<>(command.getJvmArgsAppend().orElse(List.of()));
        jvmArgs.addAll(JvmFlags.all());
        try {
            new Runner(new OptionsBuilder().parent(command).jvmArgsAppend(jvmArgs.toArray(new String[0])).build())
                .run();
        } catch (final RunnerException ex) {
            System.err.println("benchmark run failed: " + ex.getMessage());
            ex.printStackTrace(System.err);
            System.exit(1);
        }
    }
}
