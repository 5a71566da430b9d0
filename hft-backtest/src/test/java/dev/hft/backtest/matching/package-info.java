/** Tests of the matching engine: rules, properties against a reference matcher, ITCH round trip, allocation. */
package dev.hft.backtest.matching;
