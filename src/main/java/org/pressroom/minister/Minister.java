package org.pressroom.minister;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.pressroom.country.Country;

/**
 * A person who speaks for a government: a minister or a head of government.
 */
@Entity
public class Minister {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	@KeywordField
	private String slug;

	@Column(nullable = false)
	@FullTextField(analyzer = "english")
	@FullTextField(name = "nameWords", analyzer = "standard")
	private String name;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_id")
	private Country country;

	/** False for people found in imported texts whom no admin has confirmed yet. */
	private boolean reviewed = true;

	@ElementCollection
	@CollectionTable(name = "minister_alias", joinColumns = @JoinColumn(name = "minister_id"))
	@Column(name = "alias")
	@FullTextField(analyzer = "english")
	@FullTextField(name = "aliasWords", analyzer = "standard")
	private Set<String> aliases = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "minister_role", joinColumns = @JoinColumn(name = "minister_id"))
	@OrderBy("startDate")
	private List<MinisterRole> roles = new ArrayList<>();

	@Version
	private long version;

	protected Minister() {
	}

	public Minister(String slug, String name) {
		this.slug = slug;
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	/**
	 * Gives a person the importer just created another name and the slug that goes with it, keeping the name first
	 * read as an alias.
	 */
	public void rename(String name, String slug) {
		this.aliases.add(this.name);
		this.aliases.remove(name);
		this.name = name;
		this.slug = slug;
	}

	public Country getCountry() {
		return this.country;
	}

	public void setCountry(Country country) {
		this.country = country;
	}

	public boolean isReviewed() {
		return this.reviewed;
	}

	public void setReviewed(boolean reviewed) {
		this.reviewed = reviewed;
	}

	public Set<String> getAliases() {
		return this.aliases;
	}

	public List<MinisterRole> getRoles() {
		return this.roles;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * The facet value of search results: the filter value and the label, separated by a unit separator, so a
	 * search page needs no database query for facet labels.
	 */
	public String getFacet() {
		return this.slug + "\u001f" + this.name;
	}

	@Override
	public String toString() {
		return this.name;
	}

}
