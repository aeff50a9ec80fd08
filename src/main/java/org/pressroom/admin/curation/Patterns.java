package org.pressroom.admin.curation;

import java.util.Locale;

/**
 * The {@code like} pattern of a search box's text, with the wildcards a person may type taken literally.
 */
final class Patterns {

	private Patterns() {
	}

	static String contains(String q) {
		String text = (q == null) ? "" : q.strip().toLowerCase(Locale.ROOT);
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
