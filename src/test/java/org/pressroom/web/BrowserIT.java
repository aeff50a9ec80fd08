package org.pressroom.web;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages in a real browser (headless Chromium) against the whole application on the sample archive:
 * a reader's path from the home page to the seed release and on to a minister, and on the main pages the
 * accessibility (axe-core, WCAG 2.2 A/AA) and HTML (nu.validator) checks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {

	static final String SEED_TITLE = "Meeting of the Minister of Interior with the Minister of Internal Affairs of Belgium";

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void startBrowser() {
		this.browser = Browser.start();
	}

	@AfterAll
	void stopBrowser() {
		this.browser.close();
	}

	@Test
	void readerGoesFromTheHomePageToTheSeedReleaseAndOnToAMinister() {
		WebDriver driver = this.browser.driver();
		driver.get(url("/"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Government press releases");

		driver.findElement(By.linkText("Illegal migration")).click();
		driver.findElement(By.linkText(SEED_TITLE)).click();

		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(SEED_TITLE);
		assertThat(driver.findElement(By.cssSelector(".metadata")).getText()).contains("Priti Patel",
				"Annelies Verlinden", "Belgium", "United Kingdom", "Illegal migration");
		// The README's picture: -Dpressroom.screenshot-dir=docs refreshes it; a plain run keeps the tree clean
		Path screenshots = Path.of(System.getProperty("pressroom.screenshot-dir", "target"));
		this.browser.screenshot(screenshots.resolve("screenshot-release.png"));

		driver.findElement(By.linkText("Annelies Verlinden")).click();

		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Annelies Verlinden");
		assertThat(driver.findElement(By.id("roles")).findElement(By.xpath("..")).getText())
			.contains("Minister of the Interior, Belgium: since 1 October 2020");
		assertThat(driver.findElements(By.linkText(SEED_TITLE))).hasSize(1);
	}

	@Test
	void mainPagesPassAccessibilityAndHtmlChecks() {
		for (String path : new String[] { "/", "/releases",
				"/releases/meeting-of-the-minister-of-interior-with-the-minister-of-internal-affairs-of-belgium",
				"/ministers/annelies-verlinden", "/releases/no-such-release" }) {
			this.browser.driver().get(url(path));
			this.browser.assertAccessible();
			this.browser.assertValidHtml();
		}
	}

	@Test
	void pagesWorkOnAPhoneSizedScreen() {
		WebDriver driver = this.browser.driver();
		driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 740));
		try {
			driver.get(url("/releases/meeting-of-the-minister-of-interior-with-the-minister-of-internal-affairs-of-belgium"));
			Object scrollWidth = this.browser.driver().executeScript("return document.documentElement.scrollWidth");
			assertThat(((Number) scrollWidth).intValue()).as("page width on a phone").isLessThanOrEqualTo(375);
			this.browser.assertAccessible();
		}
		finally {
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1400));
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
