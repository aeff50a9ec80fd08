/**
 * Full-text search of the archive: the index's analysis, every search query, the search page, its JSON API, feeds,
 * exports and the rebuilding of the index.
 */
package org.pressroom.search;
