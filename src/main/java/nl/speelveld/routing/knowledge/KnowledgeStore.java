package nl.speelveld.routing.knowledge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.routing.Setting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the knowledge tables ({@code routing_topic}, {@code routing_term}, ...). */
@Repository
public class KnowledgeStore {

	private final JdbcClient jdbc;

	KnowledgeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Raised by every change to the knowledge, on any node. */
	public long revision() {
		return this.jdbc.sql("select revision from routing_knowledge_revision").query(Long.class).single();
	}

	public Knowledge read() {
		Map<String, Map<String, Double>> roles = new LinkedHashMap<>();
		this.jdbc.sql("select topic_code, role_code, weight from routing_topic_role order by weight desc, role_code")
			.query(rs -> {
				roles.computeIfAbsent(rs.getString(1), code -> new LinkedHashMap<>())
					.put(rs.getString(2), rs.getDouble(3));
			});
		List<Topic> topics = this.jdbc
			.sql("select code, theme_code, name_nl, name_en, seeded from routing_topic order by code")
			.query((rs, n) -> new Topic(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					roles.getOrDefault(rs.getString(1), Map.of()), rs.getBoolean(5)))
			.list();
		List<Term> terms = this.jdbc
			.sql("select id, topic_code, lang, term, weight, exact from routing_term order by topic_code, lang, id")
			.query((rs, n) -> new Term(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5),
					rs.getBoolean(6)))
			.list();
		List<Example> examples = this.jdbc
			.sql("select id, role_code, lang, question from routing_example order by role_code, id")
			.query((rs, n) -> new Example(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
		List<SettingRule> settings = this.jdbc
			.sql("select role_code, setting, factor, reason_nl, reason_en from routing_role_setting order by role_code")
			.query((rs, n) -> new SettingRule(rs.getString(1), Setting.ofKey(rs.getString(2)), rs.getDouble(3),
					rs.getString(4), rs.getString(5)))
			.list();
		Map<Setting, List<String>> fallback = new EnumMap<>(Setting.class);
		this.jdbc.sql("select setting, role_code from routing_fallback order by setting, position")
			.query(rs -> {
				fallback.computeIfAbsent(Setting.ofKey(rs.getString(1)), setting -> new ArrayList<>())
					.add(rs.getString(2));
			});
		return new Knowledge(topics, terms, examples, settings, fallback);
	}

}
