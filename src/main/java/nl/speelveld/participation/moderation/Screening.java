package nl.speelveld.participation.moderation;

import java.util.regex.Pattern;

import nl.speelveld.accounts.UserId;
import nl.speelveld.participation.processes.Premoderation;
import nl.speelveld.participation.processes.Process;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides whether a new contribution shows at once or waits for a moderator, by the process's rule: all of
 * them, or those of someone without an earlier contribution that a moderator let through. Text with many
 * links always waits: that is what spam looks like, and a captcha would shut out people, not robots.
 */
@Component
public class Screening {

	static final int LINKS_HELD = 3;

	private static final Pattern LINK = Pattern.compile("(?i)https?://|www\\.");

	private final JdbcClient jdbc;

	Screening(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Moderation verdict(Process process, UserId author, String text) {
		if (process.premoderation() == Premoderation.ALL || links(text) >= LINKS_HELD) {
			return Moderation.HELD;
		}
		if (process.premoderation() == Premoderation.NEWCOMERS && !hasContributedBefore(author)) {
			return Moderation.HELD;
		}
		return Moderation.VISIBLE;
	}

	static int links(String text) {
		return (int) LINK.matcher(text).results().count();
	}

	private boolean hasContributedBefore(UserId author) {
		return this.jdbc.sql("""
				select exists (select 1 from participation_proposal where author_id = :a and moderation = 'visible')
					or exists (select 1 from participation_argument where author_id = :a and moderation = 'visible')
					or exists (select 1 from participation_comment where author_id = :a and moderation = 'visible')""")
			.param("a", author.value())
			.query(Boolean.class)
			.single();
	}

}
