package dev.hft.net.fix.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import dev.hft.net.TestData;

/**
 * QuickFIX/J's 65 FIX 4.4 session acceptance scripts ({@code testdata/fix-acceptance/server-fix44}), one
 * dynamic test per script, against the acceptor a subclass names. One acceptor serves the whole run and is
 * {@link AcceptorUnderTest#reset() reset} before each script, as in QuickFIX/J's own suite. Without the
 * {@code testdata} folder the factory fails and says so.
 *
 * <p>While debugging one script: {@code -Dhft.fix.acceptance.scripts=<regex>} runs only the scripts whose file name
 * matches (the default runs all of them and checks there are {@value #SCRIPT_COUNT}); a failure prints the script
 * line, expected and actual message and the transcript of the run, and the acceptor's own log goes to the test's
 * output file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AcceptanceSuite {
    /** The script folder, relative to {@code testdata}. */
    static final String SCRIPTS = "fix-acceptance/server-fix44";
    /** How many scripts the folder holds (issue 5 names 65); a different count fails loudly. */
    static final int SCRIPT_COUNT = 65;
    /** Optional file-name filter (a regex) for debugging; unset means every script. */
    static final String FILTER = System.getProperty("hft.fix.acceptance.scripts");

    private AcceptorUnderTest acceptor;

    /**
     * The acceptor to test, not yet started.
     *
     * @return a new acceptor.
     */
    abstract AcceptorUnderTest newAcceptor();

    @BeforeAll
    void startAcceptor() throws Exception {
        acceptor = newAcceptor();
        acceptor.start(0);
    }

    @AfterAll
    void stopAcceptor() throws Exception {
        if (acceptor != null) {
            acceptor.stop();
        }
    }

    @TestFactory
    Stream<DynamicTest> serverFix44() throws IOException {
        List<Path> scripts = scripts();
        assertEquals(SCRIPT_COUNT, scripts.size(), "scripts in testdata/" + SCRIPTS);
        if (FILTER != null) {
            final Pattern filter = Pattern.compile(FILTER);
            scripts = scripts.stream().filter(f -> filter.matcher(f.getFileName().toString()).find())
                .collect(Collectors.toList());
            assertFalse(scripts.isEmpty(), "no script matches -Dhft.fix.acceptance.scripts=" + FILTER);
        }
        final ScriptRunner runner = new ScriptRunner(acceptor, Clock.systemUTC(), ScriptRunner.DEFAULT_TIMEOUT_MS);
        return scripts.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(),
            () -> {
                acceptor.reset();
                runner.run(Script.load(file));
            }));
    }

    /**
     * The script files, sorted by name.
     *
     * @return the {@code .def} files.
     * @throws IOException if the folder cannot be listed.
     */
    static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(TestData.resolve(SCRIPTS))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".def")).sorted()
                .collect(Collectors.toList());
        }
    }
}
