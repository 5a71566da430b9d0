/**
 * Runnable applications composing the hft modules. {@link dev.hft.examples.Demo} is the README's main demo.
 */
package dev.hft.examples;
