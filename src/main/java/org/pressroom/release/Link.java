package org.pressroom.release;

/**
 * Something a page links to by its URL key: a minister, country (lower-case code), agreement or topic.
 */
public record Link(String slug, String name) {
}
