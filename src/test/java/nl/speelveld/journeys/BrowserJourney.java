package nl.speelveld.journeys;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.web.server.LocalServerPort;

/** A journey class drives one Chromium through Speelveld on its random port, opened once for all its tests. */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserJourney {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void openBrowser() throws IOException {
		this.browser = new Browser(address());
	}

	@AfterAll
	void closeBrowser() throws IOException {
		this.browser.close();
	}

	/** Where the browser finds Speelveld. */
	String address() {
		return "http://localhost:" + this.port;
	}

}
