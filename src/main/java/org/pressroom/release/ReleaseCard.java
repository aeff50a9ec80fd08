package org.pressroom.release;

import java.time.LocalDate;
import java.util.List;

/**
 * A release as a list shows it: enough to choose it, with the people and countries it is about.
 */
public record ReleaseCard(String slug, String title, LocalDate published, String issuer, String type,
		String summary, List<Link> ministers, List<Link> countries) {
}
