package org.pressroom.release;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pressroom.agreement.AgreementStatus;

/**
 * A published release with everything it links to, as its page and the API show it.
 *
 * @param body the Markdown as written
 * @param bodyHtml the body rendered to safe HTML
 * @param issuingCountry the country whose government issued it, if known
 */
public record ReleaseDetail(String slug, String title, LocalDate published, String summary, String body,
		String bodyHtml, String issuer, Link issuingCountry, String type, String language, String sourceUrl,
		String licence, List<Link> ministers, List<Link> countries, List<AgreementLink> agreements, List<Link> topics,
		List<QuoteView> quotes) {

	/** The source address if it is a web address a page may link to (imports could bring anything). */
	public String sourceHref() {
		boolean web = this.sourceUrl != null
				&& (this.sourceUrl.startsWith("https://") || this.sourceUrl.startsWith("http://"));
		return web ? this.sourceUrl : null;
	}

	/** The quotes grouped by who said them (a linked minister, or else the speaker's name), in order of first word. */
	public List<SpeakerQuotes> quotesBySpeaker() {
		Map<String, SpeakerQuotes> groups = new LinkedHashMap<>();
		for (QuoteView quote : this.quotes) {
			String key = (quote.minister() != null) ? "minister:" + quote.minister().slug() : "name:" + quote.speaker();
			groups.computeIfAbsent(key, (k) -> new SpeakerQuotes(quote.speaker(), quote.minister(), new ArrayList<>()))
				.texts()
				.add(quote.text());
		}
		return List.copyOf(groups.values());
	}

	/** Everything one speaker says in a release. */
	public record SpeakerQuotes(String speaker, Link minister, List<String> texts) {
	}

	/** An agreement a release mentions, with where it stands. */
	public record AgreementLink(String slug, String title, AgreementStatus status) {
	}

	/** Words a release attributes to a speaker; {@code minister} is null when the speaker is not linked. */
	public record QuoteView(String speaker, Link minister, String text) {
	}

}
