package org.pressroom.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium, headless, for browser tests: started with flags that need no network, no sandbox and no
 * downloads, plus the checks every page must pass (axe-core for WCAG 2.2 A/AA; the HTML checker via
 * {@link HtmlChecker}). Use it in a try-with-resources block or close it in {@code @AfterAll}.
 *
 * <pre>
 * try (Browser browser = Browser.start()) {
 *     browser.driver().get(baseUrl + "/");
 *     browser.assertAccessible();
 * }
 * </pre>
 */
public final class Browser implements AutoCloseable {

	/** The WCAG levels every page must meet. */
	public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21aa", "wcag22aa");

	private static final String CHROMIUM = "/usr/bin/chromium";

	private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private final ChromeDriver driver;

	private final Path profile;

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** Starts a fresh headless Chromium with an empty profile and a desktop-sized window. */
	public static Browser start() {
		try {
			Path profile = Files.createTempDirectory("pressroom-chromium");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM);
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--window-size=1280,1400",
					"--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new File(CHROMEDRIVER))
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return new Browser(driver, profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	/** Runs axe-core on the page the browser shows and fails listing every WCAG 2.2 A/AA violation. */
	public void assertAccessible() {
		Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(this.driver);
		assertThat(results.getViolations()).as("axe-core violations on %s:%n%s", this.driver.getCurrentUrl(),
				describe(results.getViolations()))
			.isEmpty();
	}

	/** Fetches the page the browser shows again, as the server sent it, and checks its HTML. */
	public void assertValidHtml() {
		HtmlChecker.assertValid(this.driver.getCurrentUrl());
	}

	/** Saves what the browser shows as a PNG file. */
	public void screenshot(Path file) {
		try {
			Path shot = this.driver.getScreenshotAs(OutputType.FILE).toPath();
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			FileSystemUtils.deleteRecursively(this.profile.toFile());
		}
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> rule.getId() + ": " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

}
