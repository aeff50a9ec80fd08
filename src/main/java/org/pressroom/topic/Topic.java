package org.pressroom.topic;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A named subject, such as "illegal migration" or "organised crime".
 */
@Entity
public class Topic {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	@KeywordField
	private String slug;

	@Column(nullable = false)
	@FullTextField(analyzer = "english")
	private String name;

	@Version
	private long version;

	protected Topic() {
	}

	public Topic(String slug, String name) {
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
