/**
 * Linking a release's text to what it names: ministers, the countries it is about, agreements, and the speakers
 * of its quotes, looked up in an in-memory directory of names.
 */
package org.pressroom.ingest.link;
