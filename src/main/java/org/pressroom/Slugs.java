package org.pressroom;

import com.github.slugify.Slugify;

/**
 * URL slugs for names and titles: "Annelies Verlinden" becomes {@code annelies-verlinden}, and a dash or slash
 * between words separates them ("UK–Belgium" becomes {@code uk-belgium}, not {@code ukbelgium}).
 */
public final class Slugs {

	private static final Slugify SLUGIFY = Slugify.builder().transliterator(false).build();

	private static final int MAX_LENGTH = 120;

	private Slugs() {
	}

	public static String of(String text) {
		String slug = SLUGIFY.slugify(text.replaceAll("[\\p{Pd}/]+", " "));
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
		}
		return slug.isEmpty() ? "untitled" : slug;
	}

}
