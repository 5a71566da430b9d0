/** Tests of the simulated venues over loopback sockets, with the SDK's own gateways as clients. */
package dev.hft.backtest.venue;
