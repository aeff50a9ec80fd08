/**
 * Press releases: the archive's documents, their pages and their JSON API.
 */
package org.pressroom.release;
