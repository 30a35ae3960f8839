package nl.speelveld.shared;

import org.springframework.context.SmartLifecycle;

/**
 * Loads a module's demo data at start, before the web server opens, so that a fresh Speelveld (and every
 * test run) has something to explore. Off with {@code speelveld.demo-data.load=false} (production), and for
 * command-line runs (an import, the generator), which should not first get the demo data. The phase orders
 * the loaders: what others build on loads first.
 */
public abstract class DemoLoader implements SmartLifecycle {

	private final boolean enabled;

	private final int phase;

	private volatile boolean running;

	protected DemoLoader(boolean enabled, String command, int phase) {
		this.enabled = enabled && command.isEmpty();
		this.phase = phase;
	}

	/** Loads the demo data unless the database has it already; runs once per start, on every node. */
	protected abstract void load();

	@Override
	public final void start() {
		if (this.enabled) {
			load();
		}
		this.running = true;
	}

	@Override
	public final void stop() {
		this.running = false;
	}

	@Override
	public final boolean isRunning() {
		return this.running;
	}

	@Override
	public final int getPhase() {
		return this.phase;
	}

}
