/**
 * Tests of the smart order router: routing decisions on crafted consolidated books, splitting and re-routing with
 * partial fills, rejects and late fills, a property test that no parent is ever overfilled, and allocation tests.
 */
package dev.hft.sor;
