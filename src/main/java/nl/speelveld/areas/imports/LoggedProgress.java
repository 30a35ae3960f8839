package nl.speelveld.areas.imports;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;

/** Writes a log line at every tenth of a phase, so that an import's progress shows in the server log. */
final class LoggedProgress implements ImportProgress {

	private static final Logger log = LoggerFactory.getLogger(LoggedProgress.class);

	private final MessageSource messages;

	private final String what;

	private String phase = "";

	private long total;

	private int lastTenth;

	LoggedProgress(MessageSource messages, String what) {
		this.messages = messages;
		this.what = what;
	}

	@Override
	public void begin(String phaseKey, long total) {
		this.phase = this.messages.getMessage(phaseKey, null, Locale.ENGLISH);
		this.total = total;
		this.lastTenth = 0;
	}

	@Override
	public void advance(long done) {
		int tenth = this.total <= 0 ? 10 : (int) Math.min(10, done * 10 / this.total);
		if (tenth > this.lastTenth) {
			this.lastTenth = tenth;
			log.info("{}: {} {}%", this.what, this.phase, tenth * 10);
		}
	}

	@Override
	public void end() {
		advance(this.total);
	}

}
