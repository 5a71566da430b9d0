/**
 * The trading side of the end-to-end demo (issue 8): one trading thread that receives every venue's ITCH over
 * MoldUDP64, builds a consolidated book per instrument, runs a market maker and a momentum strategy, and sends their
 * orders OMS -> smart order router -> risk -> OUCH/FIX gateways; kill switch, report and reconciliation at the end.
 */
package dev.hft.examples.trading;
