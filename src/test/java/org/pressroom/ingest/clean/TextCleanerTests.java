package org.pressroom.ingest.clean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextCleanerTests {

	private static final String TITLE = "Meeting of the Minister of Interior with the Minister of Internal Affairs of Belgium";

	@Test
	void dropsTheTitleRepeatedAtTheEnd() {
		String body = "The ministers met.\n\n" + TITLE + "\n\nThey will meet again.";

		TextCleaner.Cleaned cleaned = TextCleaner.clean(TITLE, body);

		assertThat(cleaned.body()).isEqualTo("The ministers met.\n\nThey will meet again.");
	}

	@Test
	void dropsSourceLinesAndKeepsTheirUrl() {
		String body = "The ministers met.\n\nSource" + TITLE + "\n\nSource: https://www.gov.uk/government/news/x";

		TextCleaner.Cleaned cleaned = TextCleaner.clean(TITLE, body);

		assertThat(cleaned.body()).isEqualTo("The ministers met.");
		assertThat(cleaned.sourceUrl()).isEqualTo("https://www.gov.uk/government/news/x");
	}

	@Test
	void keepsSentencesThatMerelyStartWithSources() {
		String body = "Sources close to the minister confirmed the visit.";

		assertThat(TextCleaner.clean(TITLE, body).body()).isEqualTo(body);
	}

	@Test
	void dropsShareAndNavigationDebris() {
		String body = "Skip to content\n\nThe ministers met.\n\nShare this:\n\nClick to share on Twitter (Opens in new window)"
				+ "\n\nLike this:\n\nLoading...\n\nExit mobile version";

		assertThat(TextCleaner.clean(TITLE, body).body()).isEqualTo("The ministers met.");
	}

	@Test
	void turnsTheArmenianAndBetweenEnglishWordsIntoAnd() {
		String body = "This increase in information sharing և partnerships will help. International law և norms և can "
				+ "not be without consequences.";

		assertThat(TextCleaner.clean(TITLE, body).body()).isEqualTo("This increase in information sharing and "
				+ "partnerships will help. International law and norms and can not be without consequences.");
	}

	@Test
	void leavesTheArmenianAndInsideArmenianText() {
		String body = "The minister said: Հայաստան և Եվրոպա.";

		assertThat(TextCleaner.clean(TITLE, body).body()).contains("Հայաստան և Եվրոպա");
	}

	@Test
	void reportsForeignFragmentsInEnglishTextAndKeepsThem() {
		String body = "Minister Verlinden ժամանակ During our meeting, we reaffirmed our commitment.";

		TextCleaner.Cleaned cleaned = TextCleaner.clean(TITLE, body);

		assertThat(cleaned.body()).isEqualTo(body);
		assertThat(cleaned.fragments()).singleElement().satisfies((fragment) -> {
			assertThat(fragment.text()).isEqualTo("ժամանակ");
			assertThat(fragment.script()).isEqualTo("Armenian");
			assertThat(fragment.context()).contains("Minister Verlinden ժամանակ During our meeting");
		});
	}

	@Test
	void doesNotTakeModifierLettersInLatinWordsForForeignText() {
		// the ʻokina of Hawaiian names and the grave accent scrapers put in its place belong to no script
		String body = "Sales in Hawai\u02BBi and Hawai\u02CBI were approved, the spokespeople\u02BC office said.";

		assertThat(TextCleaner.clean(TITLE, body).fragments()).isEmpty();
	}

	@Test
	void doesNotWarnAboutATextWrittenInAnotherScript() {
		String body = "فرضت المملكة المتحدة والولايات المتحدة عقوبات على شخصيات بارزة في النظام الحوثي";

		assertThat(TextCleaner.clean("عقوبات", body).fragments()).isEmpty();
	}

	@Test
	void normalisesUnicode() {
		String decomposed = "Ame\u0301lie\u00a0Montchalin signed the\u200b o\uFB03cial text.";

		assertThat(TextCleaner.clean(TITLE, decomposed).body()).isEqualTo("Amélie Montchalin signed the official text.");
	}

	@Test
	void readsOldLineEndsAndTabsAsPlainOnes() {
		String body = "First line\r\nsecond\tline\rthird line\u2009with a thin space.";

		assertThat(TextCleaner.clean(TITLE, body).body()).isEqualTo("First line\nsecond line\nthird line with a thin space.");
	}

	@Test
	void keepsMarkdownParagraphsAndHeadings() {
		String body = "## Background\n\nFirst paragraph\ncontinued on a wrapped line.\n\n\n\nSecond paragraph.";

		assertThat(TextCleaner.clean(TITLE, body).body())
			.isEqualTo("## Background\n\nFirst paragraph\ncontinued on a wrapped line.\n\nSecond paragraph.");
	}

}
