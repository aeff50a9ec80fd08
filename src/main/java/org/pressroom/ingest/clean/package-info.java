/**
 * Cleaning scraped and machine-translated text: scraping debris, Unicode forms, translation artefacts, and the
 * foreign-script fragments left for admins to look at.
 */
package org.pressroom.ingest.clean;
