/**
 * Browsing the archive by who and what releases are about: the pages and API of ministers, countries, agreements
 * and topics, each with its releases.
 */
package org.pressroom.release.browse;
