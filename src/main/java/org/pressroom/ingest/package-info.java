/**
 * Ingest: importing releases from files by command, upload or API, in batches, idempotently. Reading the formats
 * ({@code read}), cleaning scraped text ({@code clean}) and linking what texts name ({@code link}) live in
 * sub-packages, which depend on each other only that way ({@code read} uses {@code clean}) and never on this one.
 */
package org.pressroom.ingest;
