package org.pressroom.search;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.pressroom.web.Browser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search in a real browser (headless Chromium) over the sample archive: a query typed on the home page, a facet
 * opened, the filtered hits and the timeline seen, and the search page passing the accessibility and HTML checks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchBrowserIT {

	static final String SEED_TITLE = "Meeting of the Minister of Interior with the Minister of Internal Affairs of Belgium";

	@LocalServerPort
	int port;

	@Test
	void readerSearchesFromTheHomePageAndNarrowsByMinister() {
		try (Browser browser = Browser.start()) {
			WebDriver driver = browser.driver();
			driver.get("http://localhost:" + this.port + "/");

			driver.findElement(By.id("site-search-q")).sendKeys("police cooperation", Keys.ENTER);
			WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
			wait.until(ExpectedConditions.urlContains("/search"));

			assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Search releases");
			assertThat(driver.findElement(By.id("search-count")).getText()).contains("releases match",
					"police cooperation");
			assertThat(driver.findElements(By.cssSelector(".timeline svg"))).hasSize(1);
			browser.assertAccessible();
			browser.assertValidHtml();

			WebElement ministers = driver.findElement(By.id("facet-minister"));
			ministers.findElement(By.xpath(".//a[contains(., 'Priti Patel')]")).click();
			wait.until(ExpectedConditions.urlContains("minister=priti-patel"));

			assertThat(driver.getCurrentUrl()).contains("minister=priti-patel");
			assertThat(driver.findElement(By.cssSelector(".applied-filters")).getText()).contains("Priti Patel");
			assertThat(driver.findElement(By.id("search-count")).getText()).startsWith("1 release matches");
			assertThat(driver.findElements(By.cssSelector(".search-hit h2 a")))
				.extracting(WebElement::getText)
				.containsExactly(SEED_TITLE);
			assertThat(driver.findElement(By.cssSelector(".search-hit .snippet mark")).getText())
				.containsIgnoringCase("police");
			assertThat(driver.findElement(By.cssSelector(".timeline svg")).getAttribute("aria-labelledby"))
				.isNotBlank();
		}
	}

}
