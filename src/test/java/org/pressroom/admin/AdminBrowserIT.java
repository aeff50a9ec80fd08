package org.pressroom.admin;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.pressroom.web.Browser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin's day in a real browser: sign in, write a release in Markdown, preview, publish, find it on the public
 * site, edit it with a change note, read its history; and two admins editing the same release at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = AdminTestContext.ISOLATED)
class AdminBrowserIT {

	@LocalServerPort
	int port;

	@Test
	void writesPreviewsPublishesEditsAndReadsTheHistoryOfARelease() {
		try (Browser browser = Browser.start()) {
			WebDriver driver = browser.driver();
			signIn(driver);

			driver.get(url("/admin/releases/new"));
			type(driver, "title", "Browser-written release on border checks");
			type(driver, "summary", "Written in a real browser.");
			type(driver, "body", "Ministers agreed on **joint border checks**.\n\n- first point\n- second point");
			type(driver, "issuer", "Home Office");
			type(driver, "country", "GB");
			WebElement search = driver.findElement(By.id("ministers-search"));
			search.sendKeys("Verl");
			new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions
				.presenceOfElementLocated(By.cssSelector("#ministers-suggestions option[value='Annelies Verlinden']")));
			search.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Annelies Verlinden", Keys.ENTER);
			assertThat(driver.findElement(By.id("ministers")).getDomProperty("value")).isEqualTo("Annelies Verlinden");
			submit(driver, By.cssSelector("button[name=preview]"));

			WebElement preview = new WebDriverWait(driver, Duration.ofSeconds(10))
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".preview .body")));
			assertThat(preview.findElement(By.tagName("strong")).getText()).isEqualTo("joint border checks");
			assertThat(preview.findElements(By.cssSelector("li"))).hasSize(2);
			assertThat(driver.findElement(By.id("title")).getDomProperty("value"))
				.isEqualTo("Browser-written release on border checks");
			browser.assertAccessible();

			driver.findElement(By.cssSelector("input[name=status][value=PUBLISHED]")).click();
			save(driver);
			assertThat(driver.findElement(By.cssSelector(".alert-success")).getText()).isEqualTo("Saved.");
			String editUrl = driver.getCurrentUrl();

			driver.get(url("/releases"));
			assertThat(driver.findElement(By.tagName("main")).getText())
				.contains("Browser-written release on border checks");
			driver.findElement(By.id("site-search-q")).sendKeys("joint border checks", Keys.ENTER);
			new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/search"));
			assertThat(driver.findElements(By.cssSelector(".search-hit h2 a"))).extracting(WebElement::getText)
				.contains("Browser-written release on border checks");

			driver.get(editUrl);
			WebElement body = driver.findElement(By.id("body"));
			body.clear();
			body.sendKeys("Ministers agreed on **joint border checks** and shared patrols.");
			type(driver, "changeNote", "Added the shared patrols");
			save(driver);
			driver.findElement(By.linkText("History")).click();

			String history = driver.findElement(By.tagName("main")).getText();
			assertThat(history).contains("Version 2", "Added the shared patrols", "saved by admin",
					"Ministers agreed on **joint border checks** and shared patrols.");
			assertThat(driver.findElements(By.cssSelector(".diff-added"))).isNotEmpty();
			assertThat(driver.findElements(By.cssSelector(".diff-removed"))).isNotEmpty();
			browser.assertAccessible();
		}
	}

	@Test
	void theSecondOfTwoAdminsSavingTheSameReleaseIsToldItChangedAndKeepsHisText() {
		try (Browser first = Browser.start(); Browser second = Browser.start()) {
			signIn(first.driver());
			first.driver().get(url("/admin/releases/new"));
			type(first.driver(), "title", "Release two admins edit");
			type(first.driver(), "body", "The original words.");
			save(first.driver());
			String editUrl = first.driver().getCurrentUrl();
			signIn(second.driver());
			second.driver().get(editUrl);

			WebElement firstBody = first.driver().findElement(By.id("body"));
			firstBody.clear();
			firstBody.sendKeys("The first admin's words.");
			save(first.driver());
			WebElement secondBody = second.driver().findElement(By.id("body"));
			secondBody.clear();
			secondBody.sendKeys("The second admin's words.");
			save(second.driver());

			assertThat(second.driver().findElement(By.cssSelector(".conflict")).getText())
				.contains("While you were editing, admin saved this release.");
			assertThat(second.driver().findElement(By.id("body")).getDomProperty("value"))
				.isEqualTo("The second admin's words.");
			first.driver().navigate().refresh();
			assertThat(first.driver().findElement(By.id("body")).getDomProperty("value"))
				.isEqualTo("The first admin's words.");
		}
	}

	private void signIn(WebDriver driver) {
		driver.get(url("/admin"));
		assertThat(driver.getCurrentUrl()).endsWith("/login");
		type(driver, "username", "admin");
		type(driver, "password", "test-admin-password");
		submit(driver, By.cssSelector("form.admin-login button[type=submit]"));
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"), "Releases"));
	}

	private static void type(WebDriver driver, String id, String text) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/** Saves the form and waits for the server's answer, so that two browsers' saves arrive in the test's order. */
	private static void save(WebDriver driver) {
		submit(driver, By.cssSelector(".release-form button[type=submit]:not([name])"));
	}

	/** Clicks a form's button and waits until the browser has left the page for the server's answer. */
	private static void submit(WebDriver driver, By button) {
		WebElement element = driver.findElement(button);
		element.click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until((page) -> isGone(element));
	}

	/** Whether the element's page has been left: the driver then reports it stale, or not in the document. */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (WebDriverException gone) {
			return true;
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
