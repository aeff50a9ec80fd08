package org.pressroom.release;

/**
 * A minister, country, agreement or topic with the number of published releases linked to it.
 *
 * @param slug the key in its URL (a country's lower-case code)
 * @param name what it is called
 * @param releases how many published releases link to it
 */
public record Counted(String slug, String name, long releases) {
}
