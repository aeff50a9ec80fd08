package org.pressroom.release;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import org.pressroom.agreement.Agreement;
import org.pressroom.country.Country;
import org.pressroom.minister.Minister;
import org.pressroom.topic.Topic;

/**
 * A press release: a government's statement, readout, speech or news story, with the people, countries,
 * agreements and topics it is about.
 *
 * <p>
 * Indexed for search with every status ({@code status} field; public queries keep PUBLISHED only). Text fields use
 * the analyzer {@code english} and keyword fields the normalizer {@code lowercase}; both names exist on the Lucene
 * backend (search.LuceneAnalysis) and on Elasticsearch/OpenSearch. Linked ministers, countries, agreements and
 * topics are embedded with {@code SHALLOW} reindexing: when one of them changes, search.LinkedEntityReindexing
 * reindexes its releases, so the linked entities need no collection of releases (a property embedded here must be
 * among those it watches).
 */
@Entity
@Table(name = "press_release")
@Indexed(index = "release")
public class PressRelease {

	/**
	 * The version of the fields this class gives the index, written into each document. Raise it with any change to
	 * them (a field added, renamed or analysed differently): an index written with an older version is then rebuilt
	 * at the next start (search.IndexCatchUp).
	 */
	public static final int INDEX_VERSION = 3;

	/** How many ids the release sequence hands out at a time, for a batch of inserts. */
	static final int ID_BLOCK = 50;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "press_release_seq")
	@SequenceGenerator(name = "press_release_seq", sequenceName = "press_release_seq", allocationSize = ID_BLOCK)
	// summed by search.IndexCatchUp, to compare the index's releases with the database's
	@GenericField(aggregable = Aggregable.YES)
	private Long id;

	@Column(nullable = false, unique = true)
	@KeywordField(projectable = Projectable.YES)
	private String slug;

	@Column(nullable = false)
	@FullTextField(analyzer = "english", projectable = Projectable.YES, highlightable = Highlightable.ANY)
	// unstemmed words, the source of "did you mean" suggestions
	@FullTextField(name = "titleWords", analyzer = "standard")
	private String title;

	@Column(columnDefinition = "text")
	@FullTextField(analyzer = "english", projectable = Projectable.YES)
	private String summary;

	/** Markdown. */
	@Column(nullable = false, columnDefinition = "text")
	@FullTextField(analyzer = "english", highlightable = Highlightable.ANY)
	private String body;

	@Column(nullable = false)
	@GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
	private LocalDate published;

	@FullTextField(analyzer = "english", projectable = Projectable.YES)
	private String issuer;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "issuing_country_id")
	private Country issuingCountry;

	@KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES)
	private String type;

	@KeywordField(normalizer = "lowercase")
	private String language;

	private String sourceUrl;

	private String licence;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	@KeywordField
	private ReleaseStatus status = ReleaseStatus.PUBLISHED;

	/** When a scheduled release goes public. */
	private LocalDateTime publishAt;

	@ManyToMany
	@JoinTable(name = "release_minister", joinColumns = @JoinColumn(name = "release_id"),
			inverseJoinColumns = @JoinColumn(name = "minister_id"))
	@IndexedEmbedded(includePaths = { "name", "aliases", "nameWords", "aliasWords", "slug" })
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Set<Minister> ministers = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "release_country", joinColumns = @JoinColumn(name = "release_id"),
			inverseJoinColumns = @JoinColumn(name = "country_id"))
	@IndexedEmbedded(includePaths = { "name", "aliases", "code" })
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Set<Country> countries = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "release_agreement", joinColumns = @JoinColumn(name = "release_id"),
			inverseJoinColumns = @JoinColumn(name = "agreement_id"))
	@IndexedEmbedded(includePaths = { "title", "aliases", "slug" })
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Set<Agreement> agreements = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "release_topic", joinColumns = @JoinColumn(name = "release_id"),
			inverseJoinColumns = @JoinColumn(name = "topic_id"))
	@IndexedEmbedded(includePaths = { "name", "slug" })
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Set<Topic> topics = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "release_quote", joinColumns = @JoinColumn(name = "release_id"))
	@OrderColumn(name = "position")
	@IndexedEmbedded(includePaths = "minister.slug")
	private List<Quote> quotes = new ArrayList<>();

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected PressRelease() {
	}

	public PressRelease(String slug, String title, String body, LocalDate published) {
		this.slug = slug;
		this.title = title;
		this.body = body;
		this.published = published;
	}

	@PrePersist
	void onCreate() {
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	@PreUpdate
	void onUpdate() {
		this.updatedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public LocalDate getPublished() {
		return this.published;
	}

	public void setPublished(LocalDate published) {
		this.published = published;
	}

	public String getIssuer() {
		return this.issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public Country getIssuingCountry() {
		return this.issuingCountry;
	}

	public void setIssuingCountry(Country issuingCountry) {
		this.issuingCountry = issuingCountry;
	}

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getSourceUrl() {
		return this.sourceUrl;
	}

	public void setSourceUrl(String sourceUrl) {
		this.sourceUrl = sourceUrl;
	}

	public String getLicence() {
		return this.licence;
	}

	public void setLicence(String licence) {
		this.licence = licence;
	}

	public ReleaseStatus getStatus() {
		return this.status;
	}

	public void setStatus(ReleaseStatus status) {
		this.status = status;
	}

	public LocalDateTime getPublishAt() {
		return this.publishAt;
	}

	public void setPublishAt(LocalDateTime publishAt) {
		this.publishAt = publishAt;
	}

	/**
	 * Every value search results are counted by, in one field: {@code minister␞slug␟Name} for each minister,
	 * likewise {@code country}, {@code agreement}, {@code topic}, {@code speaker} (each quoted minister) and
	 * {@code type}, and {@code month␞2022-03} for the timeline. Counting one field per matching release is
	 * several times faster than counting one field per facet. Linked entities' changes reach it through the
	 * search package's reindexing.
	 */
	@KeywordField(name = "facets", aggregable = Aggregable.YES, searchable = Searchable.NO)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "type")),
			@ObjectPath(@PropertyValue(propertyName = "published")),
			@ObjectPath(@PropertyValue(propertyName = "ministers")),
			@ObjectPath(@PropertyValue(propertyName = "countries")),
			@ObjectPath(@PropertyValue(propertyName = "agreements")),
			@ObjectPath(@PropertyValue(propertyName = "topics")),
			@ObjectPath(@PropertyValue(propertyName = "quotes")) })
	public List<String> getFacetValues() {
		List<String> values = new ArrayList<>();
		this.ministers.forEach((minister) -> values.add("minister\u001e" + minister.getFacet()));
		this.countries.forEach((country) -> values.add("country\u001e" + country.getFacet()));
		this.agreements.forEach((agreement) -> values.add("agreement\u001e" + agreement.getFacet()));
		this.topics.forEach((topic) -> values.add("topic\u001e" + topic.getFacet()));
		this.quotes.stream()
			.map(Quote::getMinister)
			.filter(Objects::nonNull)
			.distinct()
			.forEach((minister) -> values.add("speaker\u001e" + minister.getFacet()));
		if (this.type != null) {
			values.add("type\u001e" + this.type);
		}
		values.add("month\u001e" + this.published.toString().substring(0, 7));
		return values;
	}

	/** The index version this release's document is written with: {@link #INDEX_VERSION}. */
	@GenericField(name = "indexVersion")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public int getIndexVersion() {
		return INDEX_VERSION;
	}

	public Set<Minister> getMinisters() {
		return this.ministers;
	}

	public Set<Country> getCountries() {
		return this.countries;
	}

	public Set<Agreement> getAgreements() {
		return this.agreements;
	}

	public Set<Topic> getTopics() {
		return this.topics;
	}

	public List<Quote> getQuotes() {
		return this.quotes;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

	@Override
	public String toString() {
		return this.slug;
	}

}
