/**
 * Test doubles and synthetic inputs for tests, benchmarks and demos; never a production dependency (add the
 * artifact in test scope). {@link dev.hft.testkit.SyntheticItchFeed} generates a seeded, realistic TotalView-ITCH 5.0
 * order flow into an {@link dev.hft.net.capture.ItchEventSink}; {@link dev.hft.testkit.SyntheticItchFiles} writes it
 * to ITCH files; {@link dev.hft.testkit.InMemoryVenueGateway} is a {@link dev.hft.api.VenueGateway} with no venue
 * behind it, which records requests and lets the test answer as the venue.
 */
package dev.hft.testkit;
