package org.pressroom.release.browse;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.pressroom.agreement.AgreementRepository;
import org.pressroom.agreement.AgreementStatus;
import org.pressroom.country.Country;
import org.pressroom.country.CountryRepository;
import org.pressroom.minister.MinisterRepository;
import org.pressroom.release.Counted;
import org.pressroom.release.Link;
import org.pressroom.release.ReleaseCard;
import org.pressroom.release.ReleaseService;
import org.pressroom.release.ReleaseService.Linked;
import org.pressroom.topic.TopicRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the pages of ministers, countries, agreements and topics show, read in one transaction each and returned
 * as views. Every method runs a fixed number of queries.
 */
@Service
@Transactional(readOnly = true)
class Browsing {

	private final MinisterRepository ministers;

	private final CountryRepository countries;

	private final AgreementRepository agreements;

	private final TopicRepository topics;

	private final ReleaseService releases;

	Browsing(MinisterRepository ministers, CountryRepository countries, AgreementRepository agreements,
			TopicRepository topics, ReleaseService releases) {
		this.ministers = ministers;
		this.countries = countries;
		this.agreements = agreements;
		this.topics = topics;
		this.releases = releases;
	}

	/** A line of a list: a link, a short note (a minister's country, an agreement's status) and a count. */
	record Row(Link link, String note, long releases) {
	}

	record MinisterPage(MinisterView minister, Page<ReleaseCard> releases) {
	}

	record CountryIndex(List<Counted> withReleases, List<Link> others) {
	}

	record CountryPage(Link country, List<String> aliases, List<AgreementLine> agreements,
			Page<ReleaseCard> releases) {
	}

	/** An agreement as a country's page lists it: a link and where it stands, nothing of its parties or names. */
	record AgreementLine(String slug, String title, AgreementStatus status) {
	}

	record AgreementPage(AgreementView agreement, Page<ReleaseCard> releases) {
	}

	record TopicPage(Link topic, Page<ReleaseCard> releases) {
	}

	List<Row> ministers() {
		Map<String, Long> counts = counts(Linked.MINISTER);
		return this.ministers.findAllByOrderByName()
			.stream()
			.map((minister) -> new Row(new Link(minister.getSlug(), minister.getName()),
					(minister.getCountry() != null) ? minister.getCountry().getName() : null,
					counts.getOrDefault(minister.getSlug(), 0L)))
			.toList();
	}

	Optional<MinisterPage> minister(String slug, Pageable pageable) {
		return this.ministers.findWithRolesBySlug(slug)
			.map((minister) -> new MinisterPage(MinisterView.of(minister),
					this.releases.byMinister(minister.getId(), pageable)));
	}

	CountryIndex countries() {
		List<Counted> withReleases = this.releases.counts(Linked.COUNTRY)
			.stream()
			.sorted(Comparator.comparing(Counted::name))
			.toList();
		Set<String> listed = withReleases.stream().map(Counted::slug).collect(Collectors.toSet());
		List<Link> others = this.countries.findAll()
			.stream()
			.filter((country) -> !listed.contains(country.getSlug()))
			.sorted(Comparator.comparing(Country::getName))
			.map(MinisterView::link)
			.toList();
		return new CountryIndex(withReleases, others);
	}

	Optional<CountryPage> country(String code, Pageable pageable) {
		return this.countries.findByCode(code.toUpperCase(Locale.ROOT))
			.map((country) -> new CountryPage(MinisterView.link(country),
					country.getAliases().stream().sorted().toList(),
					this.agreements.findByParties_IdOrderByTitle(country.getId())
						.stream()
						.map((agreement) -> new AgreementLine(agreement.getSlug(), agreement.getTitle(),
								agreement.getStatus()))
						.toList(),
					this.releases.byCountry(country.getId(), pageable)));
	}

	List<Row> agreements() {
		Map<String, Long> counts = counts(Linked.AGREEMENT);
		return this.agreements.findAllByOrderByTitle()
			.stream()
			.map((agreement) -> new Row(new Link(agreement.getSlug(), agreement.getTitle()),
					agreement.getStatus().getLabel(), counts.getOrDefault(agreement.getSlug(), 0L)))
			.toList();
	}

	Optional<AgreementPage> agreement(String slug, Pageable pageable) {
		return this.agreements.findBySlug(slug)
			.map((agreement) -> new AgreementPage(AgreementView.of(agreement),
					this.releases.byAgreement(agreement.getId(), pageable)));
	}

	List<Row> topics() {
		Map<String, Long> counts = counts(Linked.TOPIC);
		return this.topics.findAllByOrderByName()
			.stream()
			.map((topic) -> new Row(new Link(topic.getSlug(), topic.getName()), null,
					counts.getOrDefault(topic.getSlug(), 0L)))
			.toList();
	}

	Optional<TopicPage> topic(String slug, Pageable pageable) {
		return this.topics.findBySlug(slug)
			.map((topic) -> new TopicPage(new Link(topic.getSlug(), topic.getName()),
					this.releases.byTopic(topic.getId(), pageable)));
	}

	private Map<String, Long> counts(Linked kind) {
		return this.releases.counts(kind)
			.stream()
			.collect(Collectors.toMap(Counted::slug, Counted::releases));
	}

}
