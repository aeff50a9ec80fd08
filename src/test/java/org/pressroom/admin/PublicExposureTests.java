package org.pressroom.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.pressroom.release.PressRelease;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What admins store reaches the public only as intended: drafts and scheduled releases nowhere, and hostile text
 * in any field inert on every public and admin page and in the JSON API.
 */
@SpringBootTest(properties = AdminTestContext.ISOLATED)
@AutoConfigureMockMvc
class PublicExposureTests {

	private static final String DRAFT_TITLE = "Confidential zebra draft";

	private static final String SCHEDULED_TITLE = "Embargoed okapi statement";

	private static final Pattern SCRIPT_URL = Pattern.compile("(?i)^\\s*(javascript|data|vbscript):");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void draftsAndScheduledReleasesStayOffEveryPublicRouteUntilPublished() throws Exception {
		String draft = create(DRAFT_TITLE, "DRAFT", "");
		String scheduled = create(SCHEDULED_TITLE, "SCHEDULED", LocalDate.now().plusYears(1) + "T09:00");

		for (String route : publicRoutes()) {
			String page = fetch(get(route));
			assertThat(page).as(route).doesNotContain(DRAFT_TITLE, SCHEDULED_TITLE, draft, scheduled);
		}
		for (String slug : List.of(draft, scheduled)) {
			assertThat(status(get("/releases/" + slug))).isEqualTo(404);
			assertThat(status(get("/api/releases/" + slug))).isEqualTo(404);
		}

		publish(draft);
		assertThat(fetch(get("/releases/" + draft))).contains(DRAFT_TITLE);
		assertThat(fetch(get("/releases"))).contains(DRAFT_TITLE);
		// the title comes highlighted; its link names the release
		assertThat(fetch(get("/search").param("q", "zebra"))).contains("/releases/" + draft);
		assertThat(fetch(get("/feed.atom"))).contains(DRAFT_TITLE);
		assertThat(fetch(get("/ministers/priti-patel"))).contains(DRAFT_TITLE).doesNotContain(SCHEDULED_TITLE);
	}

	@Test
	void hostileTextInEveryFieldIsShownLiterallyAndNeverRuns() throws Exception {
		String slug = create(xssRelease());
		this.transactions.executeWithoutResult((tx) -> this.entityManager
			.createQuery("select r from PressRelease r where r.slug = :slug", PressRelease.class)
			.setParameter("slug", slug)
			.getSingleResult()
			// the form refuses such links; an import could still bring one
			.setSourceUrl("javascript:alert('source')"));
		String minister = createMinister("<script>alert('m')</script> Evil \"Minister\"");

		String publicPage = fetch(get("/releases/" + slug));
		assertInert(publicPage, "/releases/" + slug);
		assertThat(publicPage).contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;", "[[${7*7}]]",
				"Robert&#39;); DROP TABLE press_release;--");
		for (String route : List.of("/releases", "/", "/ministers/priti-patel", "/ministers", "/ministers/" + minister,
				"/admin/releases", "/admin/ministers", "/admin/audit")) {
			assertInert(fetch(get(route).with(admin())), route);
		}
		String edit = fetch(get("/admin/releases").param("q", "[[${7*7}]]").with(admin()));
		String editLink = edit.replaceAll("(?s).*href=\"(/admin/releases/\\d+/edit)\".*", "$1");
		String form = fetch(get(editLink).with(admin()));
		assertInert(form, editLink);
		assertThat(form).contains("&lt;/textarea&gt;&lt;script&gt;alert(&#39;textarea&#39;)&lt;/script&gt;");
		JsonNode api = JSON.readTree(fetch(get("/api/releases/" + slug)));
		assertThat(api.get("title").asString()).startsWith("<script>alert('title')</script>");
		assertInert(api.get("bodyHtml").asString(), "bodyHtml of /api/releases/" + slug);

		String results = fetch(get("/search").param("q", "alert"));
		assertInert(results, "/search?q=alert");
		assertThat(Jsoup.parse(results).text()).contains("<script>alert('title')</script>");
		for (JsonNode hit : JSON.readTree(fetch(get("/api/search").param("q", "alert"))).get("hits")) {
			assertInert(hit.get("snippet").asString(), "snippet of /api/search?q=alert");
		}
		for (String feed : List.of("/feed.atom", "/search.atom?q=alert")) {
			assertFeedInert(fetch(get(feed)), feed);
		}
	}

	@Test
	void sqlMetacharactersAreStoredAndSearchedLiterally() throws Exception {
		create("Robert'); DROP TABLE press_release;-- 100% _true_", "PUBLISHED", "");

		assertThat(fetch(get("/admin/releases").param("q", "'); DROP").with(admin())))
			.contains("Robert&#39;); DROP TABLE press_release;-- 100% _true_");
		assertThat(fetch(get("/admin/releases").param("q", "100%").with(admin()))).contains("Robert&#39;)");
		assertThat(fetch(get("/admin/releases").param("q", "%").with(admin())))
			.contains("Robert&#39;)")
			.doesNotContain("Meeting of the Minister of Interior");
		assertThat(fetch(get("/releases"))).contains("Robert&#39;); DROP TABLE press_release;-- 100% _true_");
	}

	/** Atom readers render the html-typed parts of an entry: each must be inert HTML. */
	private static void assertFeedInert(String xml, String where) {
		Document feed = Jsoup.parse(xml, Parser.xmlParser());
		assertThat(feed.select("entry")).as("entries of %s", where).isNotEmpty();
		for (Element part : feed.select("[type=html]")) {
			assertInert(part.text(), part.tagName() + " of " + where);
		}
		assertThat(feed.select("script, iframe")).as("elements in %s", where).isEmpty();
	}

	/** Parses the page as a browser would and looks for anything that runs: scripts, handlers, script URLs. */
	private static void assertInert(String html, String where) {
		Document page = Jsoup.parse(html);
		for (Element script : page.select("script")) {
			assertThat(script.data()).as("inline script on %s", where).isBlank();
		}
		assertThat(page.select("iframe, frame, object, embed, math, base, svg script, svg foreignObject"))
			.as("embedded content on %s", where)
			.isEmpty();
		for (Element element : page.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				assertThat(name).as("event handler on <%s> on %s", element.tagName(), where).doesNotStartWith("on");
				if (List.of("href", "src", "action", "formaction", "xlink:href").contains(name)) {
					assertThat(SCRIPT_URL.matcher(attribute.getValue()).find())
						.as("%s=\"%s\" on %s", name, attribute.getValue(), where)
						.isFalse();
				}
			}
		}
	}

	private static String[] xssRelease() {
		return new String[] { "title", "<script>alert('title')</script> [[${7*7}]] Robert'); DROP TABLE press_release;--",
				"summary", "<img src=x onerror=alert('summary')> & <b>not bold</b> &amp; &lt;",
				"body", String.join("\n\n", "<script>alert('body')</script>", "[click](javascript:alert('link'))",
						"[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
						"<iframe src=\"https://evil.example\"></iframe>", "![pic](x\" onerror=\"alert('img'))",
						"<a href=\"javascript:alert('raw')\">raw link</a>", "<svg onload=alert('svg')>",
						"</textarea><script>alert('textarea')</script>", "&lt;script&gt; stays text"),
				"issuer", "\"><img src=x onerror=alert('issuer')>", "type", "<iframe src=javascript:alert(1)>",
				"ministers", "Priti Patel", "status", "PUBLISHED" };
	}

	private String create(String title, String status, String publishAt) throws Exception {
		return create(new String[] { "title", title, "status", status, "publishAt", publishAt, "ministers",
				"Priti Patel", "countries", "BE", "topics", "Police cooperation" });
	}

	private String create(String[] fields) throws Exception {
		MockHttpServletRequestBuilder request = post("/admin/releases").with(admin()).with(csrf())
			.param("summary", "Summary")
			.param("body", "Body")
			// today: newer than the sample archive, so it is on the first page of every list
			.param("published", LocalDate.now().toString())
			.param("issuer", "Home Office")
			.param("country", "GB")
			.param("type", "press release")
			.param("language", "en")
			.param("version", "");
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
		Long id = Long.valueOf(result.getResponse().getRedirectedUrl().replaceAll("\\D+", " ").trim().split(" ")[0]);
		return this.transactions.execute((tx) -> this.entityManager.find(PressRelease.class, id).getSlug());
	}

	private void publish(String slug) {
		this.transactions.executeWithoutResult((tx) -> this.entityManager
			.createQuery("select r from PressRelease r where r.slug = :slug", PressRelease.class)
			.setParameter("slug", slug)
			.getSingleResult()
			.setStatus(org.pressroom.release.ReleaseStatus.PUBLISHED));
	}

	private String createMinister(String name) throws Exception {
		this.mvc.perform(post("/admin/ministers").with(admin()).with(csrf()).param("name", name)
			.param("reviewed", "true").param("version", ""));
		return this.transactions.execute((tx) -> this.entityManager
			.createQuery("select m.slug from org.pressroom.minister.Minister m where m.name = :name", String.class)
			.setParameter("name", name)
			.getSingleResult());
	}

	private List<String> publicRoutes() {
		return List.of("/", "/releases", "/releases?page=1", "/ministers", "/ministers/priti-patel", "/countries/be",
				"/countries/gb", "/topics", "/topics/police-cooperation", "/agreements", "/api/releases",
				"/api/releases?size=100", "/api/ministers/priti-patel", "/api/countries/be", "/search?q=zebra",
				"/search?q=okapi", "/search?q=confidential+embargoed", "/search?minister=priti-patel&sort=newest",
				"/api/search?q=zebra", "/api/search?q=okapi", "/feed.atom", "/search.atom?q=zebra",
				"/search.atom?q=okapi", "/search.csv?q=zebra", "/search.jsonl?q=okapi");
	}

	private String fetch(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(request.toString()).isEqualTo(200);
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

}
