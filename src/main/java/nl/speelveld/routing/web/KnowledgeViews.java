package nl.speelveld.routing.web;

import java.util.List;

import nl.speelveld.roles.FocusTheme;
import nl.speelveld.roles.RoleType;
import nl.speelveld.routing.knowledge.Example;
import nl.speelveld.routing.knowledge.Term;
import nl.speelveld.routing.knowledge.Topic;

/** What the knowledge administration pages show, arranged as they show it. */
public final class KnowledgeViews {

	private KnowledgeViews() {
	}

	/** A focus theme with its topics. */
	public record ThemeTopics(FocusTheme theme, List<TopicView> topics) {
	}

	/** A topic with its terms per language and its roles, best fitting first. */
	public record TopicView(Topic topic, String themeName, List<Term> dutch, List<Term> english,
			List<RoleWeight> roles) {

		/** Terms as one line: wijkagent, politie, agent. */
		public String listed(List<Term> terms) {
			return String.join(", ", terms.stream().map(Term::term).toList());
		}

	}

	public record RoleWeight(String code, String name, double weight) {
	}

	/** A role type with its example questions. */
	public record RoleExamples(RoleType role, List<Example> examples) {
	}

	/** One role in the answer to a question tried out. */
	public record TriedRole(int rank, String code, String name, double score, List<String> reasons) {
	}

}
