/**
 * Ingest: reading releases from files, cleaning scraped text, linking the people, countries and agreements they
 * name, and storing them in batches, idempotently.
 */
package org.pressroom.ingest;
