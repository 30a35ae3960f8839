package nl.speelveld.routing.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.speelveld.routing.Setting;

/** Everything the wegwijzer knows, as read from the knowledge tables at one moment. */
public record Knowledge(List<Topic> topics, List<Term> terms, List<Example> examples, List<SettingRule> settings,
		Map<Setting, List<String>> fallback) {

	public Knowledge {
		topics = List.copyOf(topics);
		terms = List.copyOf(terms);
		examples = List.copyOf(examples);
		settings = List.copyOf(settings);
		fallback = Map.copyOf(fallback);
	}

	public Optional<Topic> topic(String code) {
		return this.topics.stream().filter(topic -> topic.code().equals(code)).findFirst();
	}

	public Optional<SettingRule> rule(String roleCode, Setting setting) {
		return this.settings.stream()
			.filter(rule -> rule.roleCode().equals(roleCode) && rule.setting() == setting)
			.findFirst();
	}

	public List<String> fallback(Setting setting) {
		return this.fallback.getOrDefault(setting, List.of());
	}

}
