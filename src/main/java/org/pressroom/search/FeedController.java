package org.pressroom.search;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.servlet.http.HttpServletResponse;

import org.pressroom.BadRequestException;
import org.springframework.context.MessageSource;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Atom feeds, written with ROME: {@code /feed.atom} (the latest releases) and {@code /search.atom?…} (the newest
 * matches of any search, same parameters as the search page).
 */
@RestController
class FeedController {

	private static final String ATOM = "application/atom+xml;charset=UTF-8";

	private final ReleaseSearch search;

	private final MessageSource messages;

	FeedController(ReleaseSearch search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	@GetMapping("/feed.atom")
	void latest(HttpServletResponse response) throws IOException {
		ReleaseQuery latest = new ReleaseQuery("", java.util.Map.of(), null, null, true, 0);
		write(feed(latest, this.messages.getMessage("feed.title", null, Locale.ENGLISH), "/feed.atom"), response);
	}

	@GetMapping("/search.atom")
	void search(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response)
			throws IOException {
		SearchParameters request = SearchParameters.of(parameters);
		if (!request.problems().isEmpty()) {
			SearchParameters.Problem problem = request.problems().get(0);
			throw new BadRequestException(problem.code(), problem.parameter(), problem.value());
		}
		ReleaseQuery query = request.query();
		// a feed follows what is new: newest first unless relevance was asked for
		boolean newest = !"relevance".equals(parameters.getFirst("sort"));
		ReleaseQuery feedQuery = new ReleaseQuery(query.text(), query.filters(), query.from(), query.to(), newest, 0);
		String title = this.messages.getMessage("feed.searchTitle", new Object[] { query.text() }, Locale.ENGLISH);
		write(feed(feedQuery, title, new SearchLinks(query).as("/search.atom")), response);
	}

	private SyndFeed feed(ReleaseQuery query, String title, String self) {
		SearchResult result = this.search.search(query);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle(title);
		feed.setUri(base + self);
		feed.setLink(base + new SearchLinks(query).as("/search"));
		feed.setAuthor("Pressroom");
		SyndLink selfLink = new SyndLinkImpl();
		selfLink.setRel("self");
		selfLink.setHref(base + self);
		selfLink.setType("application/atom+xml");
		SyndLink alternate = new SyndLinkImpl();
		alternate.setRel("alternate");
		alternate.setHref(feed.getLink());
		alternate.setType("text/html");
		feed.setLinks(List.of(alternate, selfLink));
		List<SyndEntry> entries = new ArrayList<>();
		LocalDate updated = LocalDate.EPOCH;
		for (SearchResult.Hit hit : result.hits()) {
			SyndEntry entry = new SyndEntryImpl();
			entry.setTitle(plain(hit.title()));
			entry.setLink(base + "/releases/" + hit.slug());
			entry.setUri(base + "/releases/" + hit.slug());
			entry.setPublishedDate(date(hit.published()));
			entry.setUpdatedDate(date(hit.published()));
			SyndContent summary = new SyndContentImpl();
			summary.setType("html");
			summary.setValue(hit.snippet());
			entry.setDescription(summary);
			entries.add(entry);
			if (hit.published().isAfter(updated)) {
				updated = hit.published();
			}
		}
		feed.setEntries(entries);
		feed.setPublishedDate(date(updated));
		return feed;
	}

	private static void write(SyndFeed feed, HttpServletResponse response) throws IOException {
		response.setContentType(ATOM);
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try {
			new SyndFeedOutput().output(feed, writer);
		}
		catch (FeedException ex) {
			throw new IOException(ex);
		}
		writer.flush();
	}

	private static Date date(LocalDate date) {
		return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	/** A highlighted title back to plain text (Atom titles here are text). */
	private static String plain(String html) {
		return org.springframework.web.util.HtmlUtils.htmlUnescape(html.replace("<mark>", "").replace("</mark>", ""));
	}

}
