package org.pressroom.release;

import java.time.LocalDate;
import java.util.List;

/**
 * A release in the JSON API, with everything it links to. Countries are named by their lower-case ISO code, as
 * in URLs and search filters.
 */
public record ReleaseJson(String slug, String title, LocalDate published, String summary, String body,
		String bodyHtml, String issuer, String type, String language, String sourceUrl, String licence,
		List<MinisterRef> ministers, List<CountryRef> countries, List<AgreementRef> agreements, List<TopicRef> topics,
		List<QuoteRef> quotes) {

	public static ReleaseJson of(ReleaseDetail release) {
		return new ReleaseJson(release.slug(), release.title(), release.published(), release.summary(),
				release.body(), release.bodyHtml(), release.issuer(), release.type(), release.language(),
				release.sourceUrl(), release.licence(),
				release.ministers().stream().map((m) -> new MinisterRef(m.slug(), m.name())).toList(),
				release.countries().stream().map((c) -> new CountryRef(c.slug(), c.name())).toList(),
				release.agreements()
					.stream()
					.map((a) -> new AgreementRef(a.slug(), a.title(), a.status().name()))
					.toList(),
				release.topics().stream().map((t) -> new TopicRef(t.slug(), t.name())).toList(),
				release.quotes().stream().map((q) -> new QuoteRef(q.speaker(), q.text())).toList());
	}

	public record MinisterRef(String slug, String name) {
	}

	public record CountryRef(String code, String name) {
	}

	public record AgreementRef(String slug, String title, String status) {
	}

	public record TopicRef(String slug, String name) {
	}

	public record QuoteRef(String speaker, String text) {
	}

	/** A release in a list: {@code {"slug", "title", "published", "issuer", "type", "summary"}}. */
	public record Item(String slug, String title, LocalDate published, String issuer, String type, String summary) {

		public static Item of(ReleaseCard card) {
			return new Item(card.slug(), card.title(), card.published(), card.issuer(), card.type(), card.summary());
		}

	}

}
