package nl.speelveld.routing.questions;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.socialmap.SocialMapFixture;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Professionals whose posts receive questions, and questions in every state, for tests: made through the
 * real services where that is what is tested elsewhere, and straight in the tables to set times.
 */
@Component
public class QuestionsFixture {

	/** Someone who holds a post through their work profile: they see its questions in their inbox. */
	public record Holder(UserId user, String email, String name, UUID organisation, String organisationName,
			UUID professional, UUID post, String role) {
	}

	private final AccountsFixture accounts;

	private final SocialMapFixture socialMap;

	private final QuestionStore store;

	private final LeavingQuestions leaving;

	private final JdbcClient jdbc;

	private final InboxActions actions;

	QuestionsFixture(AccountsFixture accounts, SocialMapFixture socialMap, QuestionStore store, LeavingQuestions leaving,
			JdbcClient jdbc, InboxActions actions) {
		this.actions = actions;
		this.accounts = accounts;
		this.socialMap = socialMap;
		this.store = store;
		this.leaving = leaving;
		this.jdbc = jdbc;
	}

	public static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A new organisation working in {@code area}, with one holder in {@code role}. */
	public Holder holder(String role, String area, String firstName) {
		UUID organisation = this.socialMap.organisation(unique("Buurtwerk"), "welzijnsorganisatie", area);
		return holder(role, area, firstName, organisation);
	}

	/** A holder in {@code role} for an organisation that exists already. */
	public Holder holder(String role, String area, String firstName, UUID organisation) {
		String email = AccountsFixture.email(firstName.toLowerCase(Locale.ROOT));
		String name = unique(firstName);
		UserId user = this.accounts.person(email, name);
		UUID professional = this.socialMap.professional(name, user.value());
		UUID post = this.socialMap.aPost(role, organisation).heldBy(professional).covering(area).save();
		String organisationName = this.jdbc.sql("select name from smap_organisation where id = ?")
			.param(organisation)
			.query(String.class)
			.single();
		return new Holder(user, email, name, organisation, organisationName, professional, post, role);
	}

	/** A question left with the holder's post and not yet confirmed; returns the link's token. */
	public String left(Holder holder, String area, String text, String email) {
		return left(holder.post(), holder.role(), area, text, email);
	}

	/** A question left with a post of {@code role} and not yet confirmed; returns the link's token. */
	public String left(UUID post, String role, String area, String text, String email) {
		String token = QuestionLinks.newToken();
		this.store.insertUnverified(UUID.randomUUID(), QuestionLinks.hash(token), text, email, Locale.forLanguageTag("nl"),
				new AreaCode(area), post, role);
		return token;
	}

	/** A question left with a post of {@code role} and confirmed; returns the link's token. */
	public String delivered(UUID post, String role, String area) {
		String token = left(post, role, area, unique("Wie helpt ons met de speeltuin?"), AccountsFixture.email("bewoner"));
		if (this.leaving.confirm(token) != LeavingQuestions.Confirmation.CONFIRMED) {
			throw new IllegalStateException("The question was not delivered");
		}
		return token;
	}

	/** A question left with the holder's post and confirmed, so in their inbox; returns the link's token. */
	public String delivered(Holder holder, String area, String text, String email) {
		String token = left(holder, area, text, email);
		if (this.leaving.confirm(token) != LeavingQuestions.Confirmation.CONFIRMED) {
			throw new IllegalStateException("The question was not delivered");
		}
		return token;
	}

	public String delivered(Holder holder, String area) {
		return delivered(holder, area, unique("Wie helpt ons met de speeltuin?"), AccountsFixture.email("bewoner"));
	}

	/** The holder answers the question, as through the inbox. */
	public void answer(UUID question, Holder holder, String answer) {
		this.actions.answer(question, holder.user(), answer);
	}

	/** The holder closes the question with an outcome ({@code helped}) and a note, as through the inbox. */
	public void close(UUID question, Holder holder, String outcome, String note) {
		this.actions.close(question, holder.user(), outcome, note);
	}

	public UUID id(String token) {
		return question(token).id();
	}

	public Question question(String token) {
		return this.store.byTokenHash(QuestionLinks.hash(token)).orElseThrow();
	}

	public Question question(UUID id) {
		return this.store.byId(id).orElseThrow();
	}

	public List<Step> steps(UUID id) {
		return this.store.steps(id);
	}

	/** Moves the times of a question back, as if it had been left {@code age} ago. */
	public void leftAgo(UUID question, Duration age) {
		this.jdbc.sql("update routing_question set created_at = ? where id = ?")
			.params(Timestamp.from(Instant.now().minus(age)), question)
			.update();
	}

	public void closedAgo(UUID question, Duration age) {
		this.jdbc.sql("update routing_question set closed_at = ? where id = ?")
			.params(Timestamp.from(Instant.now().minus(age)), question)
			.update();
	}

	public void dueOn(UUID question, LocalDate day) {
		this.jdbc.sql("update routing_question set due_on = ? where id = ?").params(day, question).update();
	}

	public int links(UUID question) {
		return this.jdbc.sql("select count(*) from routing_question_link where question_id = ?")
			.param(question)
			.query(Integer.class)
			.single();
	}

	/** The questions stored with this e-mail address: none, after bad input. */
	public int storedFor(String email) {
		return this.jdbc.sql("select count(*) from routing_question where email = ?").param(email).query(Integer.class).single();
	}

	/** Every column of the question, to see what is left after retention. */
	public Map<String, @Nullable Object> row(UUID question) {
		return this.jdbc.sql("select * from routing_question where id = ?").param(question).query().singleRow();
	}

	/** The organisation's own term for a first response. */
	public void responseTerm(UUID organisation, int workingDays) {
		this.jdbc.sql("""
				insert into routing_response_term (organisation_id, working_days) values (?, ?)
				on conflict (organisation_id) do update set working_days = excluded.working_days""")
			.params(organisation, workingDays)
			.update();
	}

	/** The post ended yesterday, so it can receive no more questions. */
	public void endPost(UUID post) {
		this.jdbc.sql("update smap_post set ends_on = current_date - 1 where id = ?").param(post).update();
	}

	public boolean exists(UUID question) {
		return this.jdbc.sql("select count(*) from routing_question where id = ?").param(question).query(Integer.class)
			.single() == 1;
	}

}
