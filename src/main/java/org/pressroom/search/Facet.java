package org.pressroom.search;

import java.util.Locale;

/**
 * What search results can be narrowed by: each facet is a request parameter and an index field to filter on. Its
 * values are counted in the release's {@code facets} field, as {@code parameter␞value␟label}.
 */
public enum Facet {

	MINISTER("minister", "ministers.slug"),

	COUNTRY("country", "countries.code"),

	AGREEMENT("agreement", "agreements.slug"),

	TOPIC("topic", "topics.slug"),

	TYPE("type", "type"),

	/** Releases quoting a minister. */
	SPEAKER("speaker", "quotes.minister.slug");

	private final String parameter;

	private final String filterField;

	Facet(String parameter, String filterField) {
		this.parameter = parameter;
		this.filterField = filterField;
	}

	/** The request parameter, JSON name and prefix of its values in the {@code facets} field: {@code minister}. */
	public String parameter() {
		return this.parameter;
	}

	/** The facet of a request parameter, or null. */
	static Facet of(String parameter) {
		for (Facet facet : values()) {
			if (facet.parameter.equals(parameter)) {
				return facet;
			}
		}
		return null;
	}

	String filterField() {
		return this.filterField;
	}

	/** Filter values as the index holds them (country codes are normalized to lower case). */
	String normalize(String value) {
		return (this == TYPE) ? value.strip() : value.strip().toLowerCase(Locale.ROOT);
	}

}
