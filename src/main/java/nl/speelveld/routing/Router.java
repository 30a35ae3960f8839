package nl.speelveld.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.speelveld.roles.RoleType;
import nl.speelveld.roles.Roles;
import nl.speelveld.routing.knowledge.Hit;
import nl.speelveld.routing.knowledge.KnowledgeBase;
import nl.speelveld.routing.knowledge.Mention;
import nl.speelveld.routing.knowledge.Recognition;
import nl.speelveld.routing.knowledge.SettingRule;
import nl.speelveld.routing.knowledge.SimilarExample;
import nl.speelveld.routing.knowledge.Topic;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Ranks the role types that fit a resident's question, and says why. Explainable on purpose: a role's score
 * is the sum of what the resident can read in its reasons — the topics recognised in the question (each
 * weighed by how well the role fits it), the role named outright, an example question it resembles — times
 * the village or city factor. Nothing is stored and no outside service is asked.
 */
@Service
public class Router {

	/** How much one strong term proves a topic; more terms make it surer, never certain. */
	static final double TERM_EVIDENCE = 0.8;

	static final double NAMED = 1.0;

	static final double EXAMPLE_WEIGHT = 0.5;

	/** Below this similarity an example question says nothing; from {@link #EXAMPLE_SHOWN} on it is a reason. */
	static final double EXAMPLE_FLOOR = 0.15;

	static final double EXAMPLE_SHOWN = 0.3;

	/** Roles returned at least, so that a resident always has a choice (api.md). */
	static final int AT_LEAST = 3;

	private static final int TOPICS_PER_ROLE = 2;

	private final KnowledgeBase knowledge;

	private final Roles roles;

	private final MessageSource messages;

	Router(KnowledgeBase knowledge, Roles roles, MessageSource messages) {
		this.knowledge = knowledge;
		this.roles = roles;
		this.messages = messages;
	}

	public List<RoleMatch> route(String question, Setting setting, Locale locale) {
		KnowledgeBase.Compiled current = this.knowledge.current();
		Recognition recognition = current.recognise(question);
		Map<String, Candidate> candidates = new LinkedHashMap<>();
		for (TopicEvidence evidence : topics(recognition)) {
			current.knowledge().topic(evidence.topic()).ifPresent(topic -> topic.roles().forEach((role, fit) ->
					candidate(candidates, role).topics.add(new Contribution(topic, fit, evidence))));
		}
		for (Mention mention : recognition.mentions()) {
			candidate(candidates, mention.roleCode()).named = mention.written();
		}
		current.closestExamples(recognition.words()).forEach((role, similar) -> {
			// an example alone proposes a role only when the likeness is plain to see
			if (similar.similarity() >= EXAMPLE_SHOWN
					|| (similar.similarity() >= EXAMPLE_FLOOR && candidates.containsKey(role))) {
				candidate(candidates, role).example = similar;
			}
		});
		List<RoleMatch> ranked = new ArrayList<>();
		candidates.values().stream()
			.filter(candidate -> this.roles.find(candidate.role).isPresent())
			.map(candidate -> candidate.match(current.knowledge().rule(candidate.role, setting).orElse(null)))
			.sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::role))
			.forEach(scored -> ranked.add(explain(scored, locale)));
		addGeneralists(ranked, current.knowledge().fallback(setting), locale);
		return ranked;
	}

	private static Candidate candidate(Map<String, Candidate> candidates, String role) {
		return candidates.computeIfAbsent(role, Candidate::new);
	}

	// Each topic's evidence: 1 - the chance that all its terms are there by accident. The same words count
	// once per topic, even when a Dutch and an English term both find them (flats).
	private static List<TopicEvidence> topics(Recognition recognition) {
		Map<String, Map<String, Double>> byTopic = new LinkedHashMap<>();
		for (Hit hit : recognition.hits()) {
			byTopic.computeIfAbsent(hit.term().topicCode(), code -> new LinkedHashMap<>())
				.merge(String.join(" ", hit.written()), hit.strength(), Math::max);
		}
		List<TopicEvidence> topics = new ArrayList<>();
		byTopic.forEach((topic, strengths) -> {
			double accident = 1;
			for (double strength : strengths.values()) {
				accident *= 1 - TERM_EVIDENCE * strength;
			}
			topics.add(new TopicEvidence(topic, 1 - accident, List.copyOf(strengths.keySet())));
		});
		return topics;
	}

	// When little or nothing was recognised, the generalists of the setting complete the list.
	private void addGeneralists(List<RoleMatch> ranked, List<String> generalists, Locale locale) {
		double floor = ranked.isEmpty() ? 0.3 : Math.min(0.3, ranked.get(ranked.size() - 1).score() / 2);
		Set<String> present = new HashSet<>();
		ranked.forEach(match -> present.add(match.roleCode()));
		for (String role : generalists) {
			if (ranked.size() >= AT_LEAST && !ranked.isEmpty()) {
				break;
			}
			if (present.add(role) && this.roles.find(role).isPresent()) {
				ranked.add(new RoleMatch(role, round(floor), List.of(message("routing.reason.general", locale,
						roleName(role, locale)))));
				floor = floor * 0.8;
			}
		}
	}

	private RoleMatch explain(Scored scored, Locale locale) {
		Candidate candidate = scored.candidate();
		String name = roleName(candidate.role, locale);
		List<String> reasons = new ArrayList<>();
		if (candidate.named != null) {
			reasons.add(message("routing.reason.named", locale, name, candidate.named));
		}
		candidate.topics.stream()
			.sorted(Comparator.comparingDouble(Contribution::value).reversed())
			.limit(TOPICS_PER_ROLE)
			.forEach(contribution -> reasons.add(topicReason(contribution, name, locale)));
		if (candidate.example != null && candidate.example.similarity() >= EXAMPLE_SHOWN) {
			reasons.add(message("routing.reason.example", locale, name, candidate.example.example().question()));
		}
		if (scored.rule() != null && scored.rule().factor() != 1) {
			reasons.add(scored.rule().reason(locale));
		}
		RoleType role = this.roles.get(candidate.role);
		reasons.add(message("routing.reason.definition", locale, name, role.definition(locale)));
		return new RoleMatch(candidate.role, round(scored.score()), reasons);
	}

	private String topicReason(Contribution contribution, String roleName, Locale locale) {
		String topic = lowerFirst(contribution.topic().name(locale));
		String words = String.join("’, ‘", contribution.evidence().written());
		String fit = contribution.fit() >= 0.9 ? "routing.reason.first" : "routing.reason.also";
		return message("routing.reason.topic", locale, topic, words) + " " + message(fit, locale, topic, roleName);
	}

	// The role with its article, as it reads in a sentence: de wijkagent, het sociaal wijkteam, the ...
	private String roleName(String code, Locale locale) {
		String name = lowerFirst(this.roles.get(code).name(locale));
		if ("en".equals(locale.getLanguage())) {
			return "the " + name;
		}
		return (name.endsWith("team") ? "het " : "de ") + name;
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

	private static double round(double score) {
		return Math.round(score * 1000) / 1000.0;
	}

	private record TopicEvidence(String topic, double score, List<String> written) {
	}

	private record Contribution(Topic topic, double fit, TopicEvidence evidence) {

		double value() {
			return this.fit * this.evidence.score();
		}

	}

	private record Scored(Candidate candidate, double score, @Nullable SettingRule rule) {

		String role() {
			return this.candidate.role;
		}

	}

	/** What speaks for one role, gathered while reading the question. */
	private static final class Candidate {

		private final String role;

		private final List<Contribution> topics = new ArrayList<>();

		private @Nullable String named;

		private @Nullable SimilarExample example;

		Candidate(String role) {
			this.role = role;
		}

		Scored match(@Nullable SettingRule rule) {
			double score = this.topics.stream().mapToDouble(Contribution::value).sum();
			if (this.named != null) {
				score += NAMED;
			}
			if (this.example != null) {
				score += EXAMPLE_WEIGHT * this.example.similarity();
			}
			return new Scored(this, score * (rule == null ? 1 : rule.factor()), rule);
		}

	}

}
