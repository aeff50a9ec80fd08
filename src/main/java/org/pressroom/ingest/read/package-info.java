/**
 * Reading import files: JSON Lines, scraped plain text and Markdown with front matter, as strict UTF-8 text, into
 * records to import or the reasons entries cannot be.
 */
package org.pressroom.ingest.read;
