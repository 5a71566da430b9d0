/** Tests of the backtest module. */
package dev.hft.backtest;
