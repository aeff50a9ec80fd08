/**
 * Curation: admins create and correct ministers, countries, agreements and topics, confirm the ministers an import
 * found, and merge two ministers who turn out to be the same person.
 */
package org.pressroom.admin.curation;
