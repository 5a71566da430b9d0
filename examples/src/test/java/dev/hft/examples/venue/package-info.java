/** Tests of the simulated venues over real loopback sockets. */
package dev.hft.examples.venue;
