package nl.speelveld.socialmap.demo;

import java.time.LocalDate;

import nl.speelveld.shared.DemoLoader;
import nl.speelveld.shared.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Loads the demo social map into a database whose social map is still empty, before the web server opens,
 * so that a fresh Speelveld (and every test run) shows a playing field to explore. Production deployments
 * switch it off with {@code speelveld.demo-data.load=false}.
 */
@Component
class DemoDataLoader extends DemoLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final DemoPlayingField playingField;

	private final SocialMapWriter writer;

	DemoDataLoader(DemoPlayingField playingField, SocialMapWriter writer,
			@Value("${speelveld.demo-data.load:true}") boolean enabled, @Value("${speelveld.command:}") String command) {
		// after the area lookup index (phase 0), which places need, and before the web server opens
		super(enabled, command, 10);
		this.playingField = playingField;
		this.writer = writer;
	}

	@Override
	protected void load() {
		long started = System.nanoTime();
		try {
			boolean loaded = this.writer.writeIfEmpty(() -> this.playingField.generate(LocalDate.now()));
			if (loaded) {
				log.info("Loaded the demo social map of Utrecht, Amsterdam and Het Hogeland in {} ms",
						(System.nanoTime() - started) / 1_000_000);
			}
		}
		catch (Problem missing) {
			// Without the bundled areas (speelveld.areas.load-default-data=false) there is nothing to place it in.
			log.warn("No demo social map: the areas it needs are missing ({})", missing.getMessage());
		}
	}

}
