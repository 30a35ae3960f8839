package nl.speelveld.areas;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the lookup index current on every app node. It is built before the web server opens, rebuilt at
 * once after an import on this node, and rebuilt when the import log shows that another node (or a
 * command-line import) changed the areas.
 */
@Component
class AreaIndexHolder implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AreaIndexHolder.class);

	private final AreaCatalog catalog;

	private volatile AreaIndex index = AreaIndex.empty();

	private volatile boolean running;

	private volatile boolean built;

	private final boolean serving;

	AreaIndexHolder(AreaCatalog catalog, @Value("${speelveld.command:}") String command) {
		this.catalog = catalog;
		// A command-line run (an import) answers no lookups, so it need not build the index.
		this.serving = command.isEmpty();
	}

	AreaIndex index() {
		if (!this.serving && !this.built) {
			// A command-line run builds the index only if it asks for a lookup (an HSDS import placing locations).
			rebuild();
		}
		return this.index;
	}

	@Override
	public void start() {
		rebuild();
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public boolean isAutoStartup() {
		return this.serving;
	}

	/** Before the web server (which starts in a later phase), so that no request sees an empty index. */
	@Override
	public int getPhase() {
		return 0;
	}

	/** Imports during start-up (the bundled data) are covered by the build in {@link #start()}. */
	@EventListener
	void on(AreasImported imported) {
		if (this.running) {
			rebuild();
		}
	}

	@Scheduled(fixedDelayString = "${speelveld.areas.index-check-interval:PT10S}",
			initialDelayString = "${speelveld.areas.index-check-interval:PT10S}")
	void rebuildWhenImportedElsewhere() {
		if (this.running && this.catalog.lastImport() != this.index.importId()) {
			rebuild();
		}
	}

	synchronized void rebuild() {
		long started = System.nanoTime();
		this.index = AreaIndex.build(this.catalog);
		this.built = true;
		log.info("Area lookup index built in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

}
