package org.pressroom.agreement;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Version;

import org.pressroom.country.Country;
import org.pressroom.minister.Minister;

/**
 * An agreement between countries, from the launch of negotiations to its signature and beyond.
 */
@Entity
public class Agreement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	@KeywordField
	private String slug;

	@Column(nullable = false)
	@FullTextField(analyzer = "english")
	private String title;

	/** Other names texts give it: "Belfast Agreement" for the Good Friday Agreement. */
	@ElementCollection
	@CollectionTable(name = "agreement_alias", joinColumns = @JoinColumn(name = "agreement_id"))
	@Column(name = "alias")
	@FullTextField(analyzer = "english")
	private Set<String> aliases = new LinkedHashSet<>();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AgreementKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AgreementStatus status;

	private LocalDate negotiationsLaunched;

	private LocalDate signedOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision signedPrecision;

	@ManyToMany
	@JoinTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"),
			inverseJoinColumns = @JoinColumn(name = "country_id"))
	private Set<Country> parties = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "agreement_signatory", joinColumns = @JoinColumn(name = "agreement_id"),
			inverseJoinColumns = @JoinColumn(name = "minister_id"))
	private Set<Minister> signatories = new LinkedHashSet<>();

	@Version
	private long version;

	protected Agreement() {
	}

	public Agreement(String slug, String title, AgreementKind kind, AgreementStatus status) {
		this.slug = slug;
		this.title = title;
		this.kind = kind;
		this.status = status;
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

	public Set<String> getAliases() {
		return this.aliases;
	}

	public AgreementKind getKind() {
		return this.kind;
	}

	public void setKind(AgreementKind kind) {
		this.kind = kind;
	}

	public AgreementStatus getStatus() {
		return this.status;
	}

	public void setStatus(AgreementStatus status) {
		this.status = status;
	}

	public LocalDate getNegotiationsLaunched() {
		return this.negotiationsLaunched;
	}

	public void setNegotiationsLaunched(LocalDate negotiationsLaunched) {
		this.negotiationsLaunched = negotiationsLaunched;
	}

	public LocalDate getSignedOn() {
		return this.signedOn;
	}

	public DatePrecision getSignedPrecision() {
		return this.signedPrecision;
	}

	public void setSigned(LocalDate signedOn, DatePrecision precision) {
		this.signedOn = signedOn;
		this.signedPrecision = (signedOn != null) ? precision : null;
	}

	/** The signature date as far as it is known: "November 2021". */
	public String getSignedLabel() {
		return (this.signedOn != null) ? this.signedPrecision.format(this.signedOn) : null;
	}

	public Set<Country> getParties() {
		return this.parties;
	}

	public Set<Minister> getSignatories() {
		return this.signatories;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * The facet value of search results: the filter value and the label, separated by a unit separator, so a
	 * search page needs no database query for facet labels.
	 */
	public String getFacet() {
		return this.slug + "\u001f" + this.title;
	}

	@Override
	public String toString() {
		return this.title;
	}

}
