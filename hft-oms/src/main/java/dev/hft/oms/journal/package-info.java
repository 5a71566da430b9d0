/**
 * The order manager's journal on Chronicle Queue: {@link dev.hft.oms.journal.ChronicleOrderJournal} appends one
 * binary record per request and execution report and replays them into a new order manager after a restart.
 */
package dev.hft.oms.journal;
