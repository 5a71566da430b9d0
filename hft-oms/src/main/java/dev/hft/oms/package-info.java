/**
 * Order management: the order lifecycle state machine, order ids, fills and positions, parent orders with local
 * order types, and the journal that rebuilds it all after a crash.
 */
package dev.hft.oms;
