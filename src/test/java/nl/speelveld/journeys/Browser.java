package nl.speelveld.journeys;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium, headless, driven by its own chromedriver (no Selenium Manager, no downloads), with
 * an axe check against WCAG 2.1 AA for every page a journey visits.
 */
final class Browser implements AutoCloseable {

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private final WebDriver driver;

	private final Path profile;

	private final String baseUrl;

	/** A browser for the site at this address: http://127.0.0.1:port for a redirect from an identity provider. */
	Browser(String baseUrl) throws IOException {
		this.baseUrl = baseUrl;
		this.profile = Files.createTempDirectory("speelveld-chromium");
		var options = new ChromeOptions();
		options.setBinary(new File(System.getProperty("speelveld.chromium", "/usr/bin/chromium")));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1024", "--lang=nl-NL", "--user-data-dir=" + this.profile);
		var service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(System.getProperty("speelveld.chromedriver", "/usr/bin/chromedriver")))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
	}

	WebDriver driver() {
		return this.driver;
	}

	void open(String path) {
		this.driver.get(path.startsWith("http") ? path : this.baseUrl + path);
	}

	/** Types into the field with this id, replacing what it held. */
	void fill(String id, String text) {
		var field = this.driver.findElement(org.openqa.selenium.By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/** Presses the button with this text, and waits for the next page. */
	void press(String buttonText) {
		var button = this.driver.findElement(org.openqa.selenium.By.xpath("//button[normalize-space()='" + buttonText + "']"));
		var before = this.driver.findElement(org.openqa.selenium.By.tagName("html"));
		button.click();
		// While Chromium swaps the documents, asking about the old page can fail with an inspector error ("Node
		// with given id does not belong to the document") instead of a stale element; a moment later it is stale.
		waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(before));
	}

	String text() {
		return this.driver.findElement(org.openqa.selenium.By.tagName("main")).getText();
	}

	String heading() {
		return this.driver.findElement(org.openqa.selenium.By.tagName("h1")).getText();
	}

	/** Signs out by clearing cookies, so that the next person can sign in in the same browser. */
	void forgetSession() {
		this.driver.manage().deleteAllCookies();
	}

	String path() {
		return this.driver.getCurrentUrl().substring(this.baseUrl.length());
	}

	/**
	 * A wait that keeps asking while a page is being replaced: an element of the old page is then stale, or
	 * Chromium's inspector briefly answers with an error about a node that left the document.
	 */
	WebDriverWait waitUpTo(Duration timeout) {
		var wait = new WebDriverWait(this.driver, timeout);
		wait.ignoring(WebDriverException.class);
		return wait;
	}

	/** Fails with a readable list when axe finds any WCAG 2.1 A or AA violation on the current page. */
	void assertAccessible() {
		Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(this.driver);
		assertThat(results.getViolations()).as("WCAG 2.1 AA violations on %s:%n%s", path(), describe(results.getViolations()))
			.isEmpty();
	}

	/** Keeps a screenshot under target/screenshots for people who review the journey. */
	void screenshot(String name) throws IOException {
		Path target = Path.of("target", "screenshots");
		Files.createDirectories(target);
		byte[] png = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES);
		Files.write(target.resolve(name + ".png"), png);
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes()
				.stream()
				.map(node -> node.getTarget().toString())
				.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

	@Override
	public void close() throws IOException {
		this.driver.quit();
		try (var files = Files.walk(this.profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

}
