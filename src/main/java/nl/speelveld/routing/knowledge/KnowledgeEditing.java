package nl.speelveld.routing.knowledge;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.roles.Roles;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Coordinators and administrators extend what the wegwijzer knows: terms of a topic, new topics, how well a
 * role fits a topic, example questions per role. Every change is checked (each problem named by its form
 * field), audited, and used by the router from the next question on; other app nodes read it within the
 * knowledge base's cache time.
 */
@Service
@PreAuthorize("@permissions.isCoordinatorOrAdministrator()")
public class KnowledgeEditing {

	public static final BigDecimal LIGHTEST = new BigDecimal("0.1");

	private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Set<String> LANGUAGES = Set.of("nl", "en");

	private final JdbcClient jdbc;

	private final KnowledgeBase knowledge;

	private final Roles roles;

	private final Permissions permissions;

	KnowledgeEditing(JdbcClient jdbc, KnowledgeBase knowledge, Roles roles, Permissions permissions) {
		this.jdbc = jdbc;
		this.knowledge = knowledge;
		this.roles = roles;
		this.permissions = permissions;
	}

	/** Adds a word or phrase that signals the topic, as a strong signal. */
	@Transactional
	public long addTerm(String topicCode, String lang, String term) {
		topic(topicCode);
		String text = term.strip().replaceAll("\\s+", " ");
		Map<String, String> problems = new LinkedHashMap<>();
		if (!LANGUAGES.contains(lang)) {
			problems.put("taal", "routing.admin.lang-unknown");
		}
		if (text.isEmpty()) {
			problems.put("woord", "routing.admin.term.empty");
		}
		else if (text.length() < 2 || text.length() > 80) {
			problems.put("woord", "routing.admin.term.length");
		}
		else if (TextAnalysis.words(text).isEmpty()) {
			problems.put("woord", "routing.admin.term.no-words");
		}
		else if (LANGUAGES.contains(lang) && termExists(topicCode, lang, text)) {
			problems.put("woord", "routing.admin.term.duplicate");
		}
		refuseIf(problems);
		long id;
		try {
			id = this.jdbc.sql("""
					insert into routing_term (topic_code, lang, term, added_by) values (?, ?, ?, ?) returning id""")
				.params(topicCode, lang, text, currentUser())
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new KnowledgeRefused("woord", "routing.admin.term.duplicate");
		}
		this.permissions.audit("routing-term-added", "routing-topic", topicCode, Map.of("lang", lang, "term", text));
		changed();
		return id;
	}

	@Transactional
	public void removeTerm(long id) {
		Term term = this.jdbc.sql("select id, topic_code, lang, term, weight, exact from routing_term where id = ?")
			.param(id)
			.query((rs, n) -> new Term(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5),
					rs.getBoolean(6)))
			.optional()
			.orElseThrow(() -> new KnowledgeNotFound(String.valueOf(id)));
		this.jdbc.sql("delete from routing_term where id = ?").param(id).update();
		this.permissions.audit("routing-term-removed", "routing-topic", term.topicCode(),
				Map.of("lang", term.lang(), "term", term.term()));
		changed();
	}

	@Transactional
	public void addTopic(NewTopic topic) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (!CODE.matcher(topic.code()).matches() || topic.code().length() > 48) {
			problems.put("code", "routing.admin.topic.code-format");
		}
		else if (topicExists(topic.code())) {
			problems.put("code", "routing.admin.topic.code-taken");
		}
		if (this.roles.theme(topic.themeCode()).isEmpty()) {
			problems.put("thema", "routing.admin.topic.theme-unknown");
		}
		checkName("naam", topic.nameNl(), problems);
		checkName("naamEngels", topic.nameEn(), problems);
		if (topic.roles().isEmpty()) {
			problems.put("rollen", "routing.admin.topic.roles-none");
		}
		else if (topic.roles().keySet().stream().anyMatch(role -> this.roles.find(role).isEmpty())) {
			problems.put("rollen", "routing.admin.role-unknown");
		}
		else if (!topic.roles().values().stream().allMatch(KnowledgeEditing::isWeight)) {
			problems.put("rollen", "routing.admin.weight.range");
		}
		refuseIf(problems);
		try {
			this.jdbc.sql("""
					insert into routing_topic (code, theme_code, name_nl, name_en, added_by) values (?, ?, ?, ?, ?)""")
				.params(topic.code(), topic.themeCode(), topic.nameNl().strip(), topic.nameEn().strip(), currentUser())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new KnowledgeRefused("code", "routing.admin.topic.code-taken");
		}
		topic.roles().forEach((role, weight) -> this.jdbc
			.sql("insert into routing_topic_role (topic_code, role_code, weight) values (?, ?, ?)")
			.params(topic.code(), role, weight)
			.update());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("theme", topic.themeCode());
		details.put("name", topic.nameNl().strip());
		details.put("nameEn", topic.nameEn().strip());
		Map<String, String> weights = new LinkedHashMap<>();
		topic.roles().forEach((role, weight) -> weights.put(role, weight.toPlainString()));
		details.put("roles", weights);
		this.permissions.audit("routing-topic-added", "routing-topic", topic.code(), details);
		changed();
	}

	/** Sets how well a role fits a topic; a role not yet with the topic is added to it. */
	@Transactional
	public void setWeight(String topicCode, String roleCode, BigDecimal weight) {
		topic(topicCode);
		Map<String, String> problems = new LinkedHashMap<>();
		if (this.roles.find(roleCode).isEmpty()) {
			problems.put("rol", "routing.admin.role-unknown");
		}
		if (!isWeight(weight)) {
			problems.put("gewicht", "routing.admin.weight.range");
		}
		refuseIf(problems);
		BigDecimal before = this.jdbc.sql("select weight from routing_topic_role where topic_code = ? and role_code = ?")
			.params(topicCode, roleCode)
			.query(BigDecimal.class)
			.optional()
			.orElse(null);
		this.jdbc.sql("""
				insert into routing_topic_role (topic_code, role_code, weight) values (?, ?, ?)
				on conflict (topic_code, role_code) do update set weight = excluded.weight""")
			.params(topicCode, roleCode, weight)
			.update();
		this.permissions.audit("routing-weight-set", "routing-topic", topicCode, Map.of("role", roleCode, "weight",
				weight.toPlainString(), "before", before == null ? "" : before.toPlainString()));
		changed();
	}

	@Transactional
	public long addExample(String roleCode, String lang, String question) {
		String text = question.strip().replaceAll("\\s+", " ");
		Map<String, String> problems = new LinkedHashMap<>();
		if (this.roles.find(roleCode).isEmpty()) {
			problems.put("voorbeeldRol", "routing.admin.role-unknown");
		}
		if (!LANGUAGES.contains(lang)) {
			problems.put("voorbeeldTaal", "routing.admin.lang-unknown");
		}
		if (text.isEmpty()) {
			problems.put("voorbeeld", "routing.admin.example.empty");
		}
		else if (text.length() < 8 || text.length() > 300) {
			problems.put("voorbeeld", "routing.admin.example.length");
		}
		else if (exampleExists(roleCode, text)) {
			problems.put("voorbeeld", "routing.admin.example.duplicate");
		}
		refuseIf(problems);
		long id;
		try {
			id = this.jdbc.sql("""
					insert into routing_example (role_code, lang, question, added_by) values (?, ?, ?, ?) returning id""")
				.params(roleCode, lang, text, currentUser())
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new KnowledgeRefused("voorbeeld", "routing.admin.example.duplicate");
		}
		this.permissions.audit("routing-example-added", "role-type", roleCode, Map.of("lang", lang, "question", text));
		changed();
		return id;
	}

	@Transactional
	public void removeExample(long id) {
		Example example = this.jdbc.sql("select id, role_code, lang, question from routing_example where id = ?")
			.param(id)
			.query((rs, n) -> new Example(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional()
			.orElseThrow(() -> new KnowledgeNotFound(String.valueOf(id)));
		this.jdbc.sql("delete from routing_example where id = ?").param(id).update();
		this.permissions.audit("routing-example-removed", "role-type", example.roleCode(),
				Map.of("lang", example.lang(), "question", example.question()));
		changed();
	}

	/** A weight as the tables keep it: 0.1 to 1, in hundredths. */
	public static boolean isWeight(@Nullable BigDecimal weight) {
		return weight != null && weight.compareTo(LIGHTEST) >= 0 && weight.compareTo(BigDecimal.ONE) <= 0
				&& weight.stripTrailingZeros().scale() <= 2;
	}

	private void topic(String code) {
		if (!topicExists(code)) {
			throw new KnowledgeNotFound(code);
		}
	}

	private boolean topicExists(String code) {
		return this.jdbc.sql("select exists (select 1 from routing_topic where code = ?)").param(code)
			.query(Boolean.class).single();
	}

	private boolean termExists(String topicCode, String lang, String term) {
		return this.jdbc.sql("""
				select exists (select 1 from routing_term where topic_code = ? and lang = ? and lower(term) = lower(?))""")
			.params(topicCode, lang, term)
			.query(Boolean.class)
			.single();
	}

	private boolean exampleExists(String roleCode, String question) {
		return this.jdbc.sql("""
				select exists (select 1 from routing_example where role_code = ? and lower(question) = lower(?))""")
			.params(roleCode, question)
			.query(Boolean.class)
			.single();
	}

	private static void checkName(String field, String name, Map<String, String> problems) {
		String text = name.strip();
		if (text.isEmpty()) {
			problems.put(field, "routing.admin.topic.name-empty");
		}
		else if (text.length() < 2 || text.length() > 120) {
			problems.put(field, "routing.admin.topic.name-length");
		}
	}

	private static void refuseIf(Map<String, String> problems) {
		if (!problems.isEmpty()) {
			throw new KnowledgeRefused(problems);
		}
	}

	// The router reads the change from the next question on: once it is committed, not before, or a question
	// in between would bring the old knowledge back for the cache time.
	private void changed() {
		this.knowledge.forget();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					KnowledgeEditing.this.knowledge.forget();
				}
			});
		}
	}

	private @Nullable UUID currentUser() {
		return this.permissions.currentUser().map(UserId::value).orElse(null);
	}

}
