package nl.speelveld.areas.imports;

import java.io.PrintStream;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A progress bar on the terminal ({@code Lezen      [##########··········]  50%}), redrawn in place. When
 * output goes to a file or pipe, it prints a plain line per phase instead of control characters.
 */
final class ConsoleProgressBar implements ImportProgress {

	private static final int WIDTH = 30;

	private final PrintStream out;

	private final boolean interactive;

	private final MessageSource messages;

	private final Locale locale;

	private String phase = "";

	private long total;

	private int drawn = -1;

	ConsoleProgressBar(PrintStream out, boolean interactive, MessageSource messages, Locale locale) {
		this.out = out;
		this.interactive = interactive;
		this.messages = messages;
		this.locale = locale;
	}

	@Override
	public void begin(String phaseKey, long total) {
		this.phase = this.messages.getMessage(phaseKey, null, this.locale);
		this.total = total;
		this.drawn = -1;
		advance(0);
	}

	@Override
	public void advance(long done) {
		int percent = this.total <= 0 ? 100 : (int) Math.min(100, done * 100 / this.total);
		if (percent == this.drawn || !this.interactive) {
			return;
		}
		this.drawn = percent;
		int filled = percent * WIDTH / 100;
		this.out.printf("\r%-12s [%s%s] %3d%%", this.phase, "#".repeat(filled), "·".repeat(WIDTH - filled), percent);
		this.out.flush();
	}

	@Override
	public void end() {
		if (this.interactive) {
			advance(this.total);
			this.out.println();
		}
		else {
			this.out.printf("%-12s 100%%%n", this.phase);
		}
	}

}
