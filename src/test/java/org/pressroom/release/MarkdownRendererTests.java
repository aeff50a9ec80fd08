package org.pressroom.release;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTests {

	private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>");

	private static final String SAFE_TAG = "</?(p|a|img|h2|code|pre|em|strong|del|table|thead|tbody|tr|th|td|ul|ol|li|br)"
			+ "( (href|src|alt|title|rel)=\"[^\"]*\")*\\s*/?>";

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void rendersParagraphsEmphasisListsAndLinks() {
		String html = this.renderer.toHtml("""
				The **Home Secretary** met her *Belgian* counterpart.

				- illegal migration
				- organised crime

				Read [the declaration](https://www.gov.uk/declaration).
				""");

		assertThat(html).contains("<strong>Home Secretary</strong>", "<em>Belgian</em>", "<li>illegal migration</li>")
			.contains("<a href=\"https://www.gov.uk/declaration\" rel=\"nofollow noopener noreferrer\">the declaration</a>");
	}

	@Test
	void rendersTablesStrikethroughAndBareLinks() {
		String html = this.renderer.toHtml("""
				| Country | Minister |
				| --- | --- |
				| Belgium | Annelies Verlinden |

				~~draft~~ See www.gov.uk and https://example.org/a.
				""");

		assertThat(html).contains("<table>", "<th>Country</th>", "<td>Annelies Verlinden</td>", "<del>draft</del>")
			.contains("href=\"https://example.org/a\"")
			.doesNotContain("align=");
	}

	@Test
	void turnsBodyTopHeadingsIntoSecondLevelSoThePageKeepsOneH1() {
		String html = this.renderer.toHtml("# Background\n\ntext");

		assertThat(html).contains("<h2>Background</h2>").doesNotContain("<h1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"<a href=\"javascript:alert(1)\">x</a>", "[click](javascript:alert(1))", "[click](JaVaScRiPt:alert(1))",
			"[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "![x](javascript:alert(1))",
			"![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)", "<svg onload=alert(1)>",
			"<iframe src=\"https://evil.example\"></iframe>", "[x](https://ok.example \"t\" onmouseover=alert(1))",
			"<div style=\"background:url(javascript:alert(1))\">x</div>", "[x](&#106;avascript:alert(1))",
			"[x](java\tscript:alert(1))", "<<script>script>alert(1)<</script>/script>",
			"`<script>` in code and <b onclick=alert(1)>bold</b>", "<form action=\"https://evil\"><input></form>" })
	void neverLetsScriptEventHandlersOrDangerousUrlsThrough(String markdown) {
		String html = this.renderer.toHtml(markdown);

		// raw HTML may survive as escaped text (&lt;script&gt;); what matters is every real tag in the output
		List<String> tags = TAG.matcher(html).results().map(MatchResult::group).toList();
		assertThat(tags).allSatisfy((tag) -> {
			assertThat(tag).matches(SAFE_TAG);
			assertThat(tag.toLowerCase(Locale.ROOT)).doesNotContain("javascript:", "data:", " on", "style=");
		});
		assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<iframe", "<svg", "<form", "<input");
	}

	@Test
	void showsRawHtmlAsTextInsteadOfDroppingIt() {
		String html = this.renderer.toHtml("Use <script>alert(1)</script> never.");

		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void rendersNothingForAMissingBody() {
		assertThat(this.renderer.toHtml(null)).isEmpty();
		assertThat(this.renderer.toHtml("  \n")).isEmpty();
	}

}
