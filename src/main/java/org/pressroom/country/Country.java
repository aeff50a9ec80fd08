package org.pressroom.country;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/**
 * A country, identified by its ISO 3166-1 alpha-2 code (stored upper-case, shown in URLs lower-case).
 */
@Entity
public class Country {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 2)
	@KeywordField(normalizer = "lowercase")
	private String code;

	@Column(nullable = false)
	@FullTextField(analyzer = "english")
	private String name;

	@ElementCollection
	@CollectionTable(name = "country_alias", joinColumns = @JoinColumn(name = "country_id"))
	@Column(name = "alias")
	@FullTextField(analyzer = "english")
	private Set<String> aliases = new LinkedHashSet<>();

	@Version
	private long version;

	protected Country() {
	}

	public Country(String code, String name) {
		this.code = code.toUpperCase(Locale.ROOT);
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	/** The code as it appears in URLs and filters: lower-case. */
	public String getSlug() {
		return this.code.toLowerCase(Locale.ROOT);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Set<String> getAliases() {
		return this.aliases;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * The facet value of search results: the filter value and the label, separated by a unit separator, so a
	 * search page needs no database query for facet labels.
	 */
	public String getFacet() {
		return getSlug() + "\u001f" + this.name;
	}

	@Override
	public String toString() {
		return this.code + " " + this.name;
	}

}
