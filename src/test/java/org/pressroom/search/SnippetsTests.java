package org.pressroom.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.pressroom.release.MarkdownRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snippets read as text: passages of real Markdown bodies, escaped and highlighted the way the index's highlighter
 * returns them, lose their Markdown and keep their escaping and marks.
 */
class SnippetsTests {

	private final Snippets snippets = new Snippets(new MarkdownRenderer());

	@Test
	void dropsEmphasisHeadingsAndListMarkers() {
		String passage = "We have **expanded** lawful pathways as an alternative to irregular "
				+ "<mark>migration</mark>.\n\n## **Federal Space STEM Resources for Educators**  \n\n"
				+ "-   Steve Benjamin, Senior Advisor";

		assertThat(this.snippets.of(List.of(passage)))
			.isEqualTo("We have expanded lawful pathways as an alternative to "
				+ "irregular <mark>migration</mark>. Federal Space STEM Resources for Educators Steve Benjamin, "
				+ "Senior Advisor");
	}

	@Test
	void joinsPassagesWithAnEllipsisWhateverTheyOpenOrClose() {
		assertThat(this.snippets
			.of(List.of("Net <mark>migration</mark> fell **sharply", "## New <mark>migration</mark> rules")))
			.isEqualTo("Net <mark>migration</mark> fell sharply … New <mark>migration</mark> rules");
	}

	@Test
	void dropsTheHalfOfAnEmphasisThatAPassageCutOff() {
		assertThat(this.snippets.of(List.of("This morning on Fox &amp; Friends**, <mark>President</mark> Donald J.",
				"**Pete Bevacqua, Vice <mark>President</mark> and James E.")))
			.isEqualTo("This morning on Fox &amp; Friends, <mark>President</mark> Donald J. … Pete Bevacqua, "
					+ "Vice <mark>President</mark> and James E.");
	}

	@Test
	void startsAtAWordWhereTheHighlighterSplitASentenceBeforeItsFullStop() {
		assertThat(this.snippets.of(List.of(".\n-   **The Dallas Area Rapid Transit <mark>Police</mark> Department** "
				+ "commits to train\n    and equip all of its <mark>Police</mark> Officers with naloxone.", "; and more")))
			.isEqualTo("The Dallas Area Rapid Transit <mark>Police</mark> Department commits to train and equip all of "
					+ "its <mark>Police</mark> Officers with naloxone. … and more");
	}

	@Test
	void keepsTheTextOfLinksAndTheMarksInsideMarkup() {
		assertThat(this.snippets.of(List.of("Read [the <mark>migration</mark> report](https://www.gov.uk/report) and "
				+ "**<mark>Migration</mark> Act** notes."))).isEqualTo(
						"Read the <mark>migration</mark> report and <mark>Migration</mark> Act notes.");
	}

	@Test
	void keepsCodeAndBareAddresses() {
		assertThat(this.snippets.of(List.of("Run `pressroom import` and see https://www.gov.uk/news &amp; more.")))
			.isEqualTo("Run pressroom import and see https://www.gov.uk/news &amp; more.");
	}

	@Test
	void keepsStoredMarkupAsEscapedText() {
		String passage = "The <mark>quokkafest</mark> &lt;script&gt;alert(&#x27;x&#x27;)&lt;&#x2F;script&gt; "
				+ "opens &amp; closes.";

		assertThat(this.snippets.of(List.of(passage))).startsWith("The <mark>quokkafest</mark> &lt;script&gt;alert(")
			.contains("opens &amp; closes.")
			.doesNotContain("<script>");
	}

	@Test
	void aStrayStandInCharacterNeverBecomesMarkup() {
		assertThat(this.snippets.of(List.of("odd \uE000text\uE001 <mark>here</mark>")))
			.isEqualTo("odd text <mark>here</mark>");
	}

}
