package org.pressroom.release;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.pressroom.agreement.Agreement;
import org.pressroom.country.Country;
import org.pressroom.minister.Minister;
import org.pressroom.topic.Topic;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public pages and the API read about releases: only published ones, as views that need no open
 * session. Each method runs a fixed number of queries, however many releases it returns.
 */
@Service
@Transactional(readOnly = true)
public class ReleaseService {

	static final int RELATED = 5;

	private final ReleaseRepository releases;

	private final MarkdownRenderer markdown;

	ReleaseService(ReleaseRepository releases, MarkdownRenderer markdown) {
		this.releases = releases;
		this.markdown = markdown;
	}

	/** All published releases, newest first. A page past the last one gives the last one. */
	public Page<ReleaseCard> latest(Pageable pageable) {
		return cards(this.releases::findPublished, pageable);
	}

	public Page<ReleaseCard> byMinister(long ministerId, Pageable pageable) {
		return cards((page) -> this.releases.findPublishedByMinister(ministerId, page), pageable);
	}

	/** Releases issued by a country or about it. */
	public Page<ReleaseCard> byCountry(long countryId, Pageable pageable) {
		return cards((page) -> this.releases.findPublishedByCountry(countryId, page), pageable);
	}

	public Page<ReleaseCard> byAgreement(long agreementId, Pageable pageable) {
		return cards((page) -> this.releases.findPublishedByAgreement(agreementId, page), pageable);
	}

	public Page<ReleaseCard> byTopic(long topicId, Pageable pageable) {
		return cards((page) -> this.releases.findPublishedByTopic(topicId, page), pageable);
	}

	public Optional<ReleaseDetail> find(String slug) {
		return this.releases.findPublishedBySlug(slug).map(this::detail);
	}

	/**
	 * A release with the releases related to it, for its page: those sharing a minister, agreement or topic, then
	 * (if that makes fewer than five) the latest of the same issuer.
	 */
	public Optional<ReleasePage> findPage(String slug) {
		return this.releases.findPublishedBySlug(slug).map((release) -> {
			List<PressRelease> related = new ArrayList<>(
					this.releases.findPublishedRelatedTo(release.getId(), Limit.of(RELATED)));
			if (related.size() < RELATED && release.getIssuer() != null) {
				this.releases.findPublishedByIssuer(release.getIssuer(), release.getId(), Limit.of(RELATED))
					.stream()
					.filter((other) -> !related.contains(other))
					.limit(RELATED - related.size())
					.forEach(related::add);
			}
			return new ReleasePage(detail(release), related.stream().map(ReleaseService::card).toList());
		});
	}

	/** The ministers, countries, agreements and topics with the most published releases. */
	public EntryPoints entryPoints(int each) {
		Limit limit = Limit.of(each);
		return new EntryPoints(this.releases.countByMinister(limit), this.releases.countByCountry(limit),
				this.releases.countByAgreement(limit), this.releases.countByTopic(limit));
	}

	/** Every minister, country (by lower-case code), agreement or topic with published releases, with how many. */
	public List<Counted> counts(Linked kind) {
		return switch (kind) {
			case MINISTER -> this.releases.countByMinister(Limit.unlimited());
			case COUNTRY -> this.releases.countByCountry(Limit.unlimited());
			case AGREEMENT -> this.releases.countByAgreement(Limit.unlimited());
			case TOPIC -> this.releases.countByTopic(Limit.unlimited());
		};
	}

	/** What a release links to. */
	public enum Linked {

		MINISTER, COUNTRY, AGREEMENT, TOPIC

	}

	private static Page<ReleaseCard> cards(Function<Pageable, Page<PressRelease>> query, Pageable requested) {
		// the order is the query's own; a sort parameter in the address must not change it
		Page<PressRelease> page = query.apply(PageRequest.of(requested.getPageNumber(), requested.getPageSize()));
		if (page.getNumber() >= page.getTotalPages() && page.getTotalPages() > 0) {
			page = query.apply(PageRequest.of(page.getTotalPages() - 1, requested.getPageSize()));
		}
		return page.map(ReleaseService::card);
	}

	static ReleaseCard card(PressRelease release) {
		return new ReleaseCard(release.getSlug(), release.getTitle(), release.getPublished(), release.getIssuer(),
				release.getType(), release.getSummary(), ministers(release), countries(release));
	}

	private ReleaseDetail detail(PressRelease release) {
		Country issuer = release.getIssuingCountry();
		return new ReleaseDetail(release.getSlug(), release.getTitle(), release.getPublished(), release.getSummary(),
				release.getBody(), this.markdown.toHtml(release.getBody()), release.getIssuer(),
				(issuer != null) ? link(issuer) : null, release.getType(), release.getLanguage(),
				release.getSourceUrl(), release.getLicence(), ministers(release), countries(release),
				release.getAgreements()
					.stream()
					.sorted(Comparator.comparing(Agreement::getTitle))
					.map((agreement) -> new ReleaseDetail.AgreementLink(agreement.getSlug(), agreement.getTitle(),
							agreement.getStatus()))
					.toList(),
				release.getTopics()
					.stream()
					.sorted(Comparator.comparing(Topic::getName))
					.map((topic) -> new Link(topic.getSlug(), topic.getName()))
					.toList(),
				release.getQuotes()
					.stream()
					.map((quote) -> new ReleaseDetail.QuoteView(quote.getSpeaker(),
							(quote.getMinister() != null) ? link(quote.getMinister()) : null, quote.getText()))
					.toList());
	}

	private static List<Link> ministers(PressRelease release) {
		return release.getMinisters()
			.stream()
			.sorted(Comparator.comparing(Minister::getName))
			.map(ReleaseService::link)
			.toList();
	}

	private static List<Link> countries(PressRelease release) {
		return release.getCountries()
			.stream()
			.sorted(Comparator.comparing(Country::getName))
			.map(ReleaseService::link)
			.toList();
	}

	private static Link link(Minister minister) {
		return new Link(minister.getSlug(), minister.getName());
	}

	private static Link link(Country country) {
		return new Link(country.getSlug(), country.getName());
	}

	/** A release page's content: the release and a few related ones. */
	public record ReleasePage(ReleaseDetail release, List<ReleaseCard> related) {
	}

	/** Ways into the archive: who and what the releases are about, with counts. */
	public record EntryPoints(List<Counted> ministers, List<Counted> countries, List<Counted> agreements,
			List<Counted> topics) {
	}

}
