/**
 * The command-line tools of the examples jar: {@code clocks}, {@code summary}, {@code generate} and {@code replay}
 * ({@link dev.hft.examples.tools.Tools}), and the ITCH book replay report ({@link dev.hft.examples.tools.BookReplay}).
 * The libraries ship no {@code main} methods; these commands own the argument parsing and printing.
 */
package dev.hft.examples.tools;
