/**
 * Tests of the Chronicle journal: recovery equality after an abrupt stop, in process and of a killed writer process.
 */
package dev.hft.oms.journal;
