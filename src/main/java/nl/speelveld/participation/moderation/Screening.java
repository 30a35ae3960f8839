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

	/**
	 * Whether a moderator let an earlier contribution of this person through: one that shows in a process
	 * that screens contributions. What shows in a process without screening proves nothing.
	 */
	private boolean hasContributedBefore(UserId author) {
		return this.jdbc.sql("""
				select exists (select 1 from participation_proposal p join participation_process pr on pr.id = p.process_id
						where p.author_id = :a and p.moderation = 'visible' and pr.premoderation <> 'none')
					or exists (select 1 from participation_argument a join participation_proposal p on p.id = a.proposal_id
						join participation_process pr on pr.id = p.process_id
						where a.author_id = :a and a.moderation = 'visible' and pr.premoderation <> 'none')
					or exists (select 1 from participation_comment c join participation_proposal p on p.id = c.proposal_id
						join participation_process pr on pr.id = p.process_id
						where c.author_id = :a and c.moderation = 'visible' and pr.premoderation <> 'none')""")
			.param("a", author.value())
			.query(Boolean.class)
			.single();
	}

}
