package org.pressroom.ingest.clean;

/**
 * A fragment in a foreign script left inside a Latin text, with its script and the text around it: a
 * machine-translation artefact for admins to look at.
 */
public record ForeignFragment(String text, String script, String context) {
}
