package org.pressroom.search;

import java.util.Locale;

/**
 * What search results can be narrowed by: each facet is a request parameter, an index field to filter on and an
 * index field whose values ({@code value␟label}) are counted.
 */
public enum Facet {

	MINISTER("minister", "ministers.slug", "ministers.facet"),

	COUNTRY("country", "countries.code", "countries.facet"),

	AGREEMENT("agreement", "agreements.slug", "agreements.facet"),

	TOPIC("topic", "topics.slug", "topics.facet"),

	TYPE("type", "type", "type"),

	/** Releases quoting a minister. */
	SPEAKER("speaker", "quotes.minister.slug", "quotes.minister.facet");

	private final String parameter;

	private final String filterField;

	private final String countField;

	Facet(String parameter, String filterField, String countField) {
		this.parameter = parameter;
		this.filterField = filterField;
		this.countField = countField;
	}

	/** The request parameter and JSON name: {@code minister}. */
	public String parameter() {
		return this.parameter;
	}

	String filterField() {
		return this.filterField;
	}

	String countField() {
		return this.countField;
	}

	/** Filter values as the index holds them (country codes are normalized to lower case). */
	String normalize(String value) {
		return (this == TYPE) ? value.strip() : value.strip().toLowerCase(Locale.ROOT);
	}

}
