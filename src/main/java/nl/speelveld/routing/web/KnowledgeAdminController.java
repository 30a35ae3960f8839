package nl.speelveld.routing.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.roles.FocusTheme;
import nl.speelveld.roles.RoleType;
import nl.speelveld.roles.Roles;
import nl.speelveld.routing.RoleMatch;
import nl.speelveld.routing.Router;
import nl.speelveld.routing.Setting;
import nl.speelveld.routing.Wegwijzer;
import nl.speelveld.routing.knowledge.Knowledge;
import nl.speelveld.routing.knowledge.KnowledgeBase;
import nl.speelveld.routing.knowledge.KnowledgeEditing;
import nl.speelveld.routing.knowledge.KnowledgeNotFound;
import nl.speelveld.routing.knowledge.KnowledgeRefused;
import nl.speelveld.routing.knowledge.NewTopic;
import nl.speelveld.routing.knowledge.Term;
import nl.speelveld.routing.knowledge.Topic;
import nl.speelveld.routing.web.KnowledgeForms.ExampleForm;
import nl.speelveld.routing.web.KnowledgeForms.TermForm;
import nl.speelveld.routing.web.KnowledgeForms.TopicForm;
import nl.speelveld.routing.web.KnowledgeForms.TryForm;
import nl.speelveld.routing.web.KnowledgeForms.WeightForm;
import nl.speelveld.routing.web.KnowledgeViews.RoleExamples;
import nl.speelveld.routing.web.KnowledgeViews.RoleWeight;
import nl.speelveld.routing.web.KnowledgeViews.ThemeTopics;
import nl.speelveld.routing.web.KnowledgeViews.TopicView;
import nl.speelveld.routing.web.KnowledgeViews.TriedRole;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the wegwijzer knows, for coordinators and administrators: topics per focus theme with their terms and
 * roles, example questions per role, forms to extend them, and a box to try a question and see the ranking
 * the router gives now. Changes are checked and audited by {@code KnowledgeEditing}; the question tried is
 * sent in a form body and stored nowhere.
 */
@Controller
class KnowledgeAdminController {

	private static final String PAGE = "/beheer/wegwijzer";

	private static final String TOPIC_PAGE = PAGE + "/onderwerpen/";

	private final KnowledgeBase knowledge;

	private final KnowledgeEditing editing;

	private final Roles roles;

	private final Router router;

	KnowledgeAdminController(KnowledgeBase knowledge, KnowledgeEditing editing, Roles roles, Router router) {
		this.knowledge = knowledge;
		this.editing = editing;
		this.roles = roles;
		this.router = router;
	}

	@GetMapping(PAGE)
	String overview(Model model, Locale locale) {
		return overview(model, locale, TryForm.empty(), Map.of(), null, TopicForm.empty(), Map.of(), ExampleForm.empty(),
				Map.of());
	}

	@PostMapping(PAGE + "/probeer")
	String tryQuestion(TryForm form, Model model, Locale locale, HttpServletResponse response) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (form.vraag().isEmpty()) {
			problems.put("vraag", "routing.admin.try.empty");
		}
		else if (form.vraag().length() > Wegwijzer.LONGEST_QUESTION) {
			problems.put("vraag", "routing.admin.try.too-long");
		}
		Optional<Setting> setting = setting(form.omgeving());
		if (setting.isEmpty()) {
			problems.put("omgeving", "routing.admin.try.setting");
		}
		List<TriedRole> ranked = null;
		if (problems.isEmpty()) {
			ranked = tried(this.router.route(form.vraag(), setting.orElseThrow(), locale), locale);
		}
		else {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return overview(model, locale, form, problems, ranked, TopicForm.empty(), Map.of(), ExampleForm.empty(),
				Map.of());
	}

	@PostMapping(PAGE + "/onderwerpen")
	String addTopic(@RequestParam MultiValueMap<String, String> parameters, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		TopicForm form = TopicForm.of(parameters);
		Map<String, BigDecimal> weights = new LinkedHashMap<>();
		Map<String, String> problems = new LinkedHashMap<>();
		form.gewichten().forEach((role, typed) -> KnowledgeForms.weight(typed).ifPresentOrElse(
				weight -> weights.put(role, weight), () -> problems.put("rollen", "routing.admin.weight.range")));
		if (problems.isEmpty()) {
			try {
				this.editing.addTopic(new NewTopic(form.code(), form.thema(), form.naam(), form.naamEngels(), weights));
				redirect.addFlashAttribute("done", "routing.admin.topic.added");
				return "redirect:" + TOPIC_PAGE + form.code();
			}
			catch (KnowledgeRefused refused) {
				problems.putAll(refused.problems());
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return overview(model, locale, TryForm.empty(), Map.of(), null, form, problems, ExampleForm.empty(), Map.of());
	}

	@PostMapping(PAGE + "/voorbeelden")
	String addExample(ExampleForm form, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			this.editing.addExample(form.voorbeeldRol(), form.voorbeeldTaal(), form.voorbeeld());
			redirect.addFlashAttribute("done", "routing.admin.example.added");
			return "redirect:" + PAGE + "#voorbeelden-" + form.voorbeeldRol();
		}
		catch (KnowledgeRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return overview(model, locale, TryForm.empty(), Map.of(), null, TopicForm.empty(), Map.of(), form,
					refused.problems());
		}
	}

	@PostMapping(PAGE + "/voorbeelden/{id}/verwijderen")
	String removeExample(@PathVariable long id, RedirectAttributes redirect) {
		String role = this.knowledge.current().knowledge().examples().stream()
			.filter(example -> example.id() == id)
			.map(example -> example.roleCode())
			.findFirst()
			.orElse("");
		this.editing.removeExample(id);
		redirect.addFlashAttribute("done", "routing.admin.example.removed");
		return "redirect:" + PAGE + (role.isEmpty() ? "#voorbeelden" : "#voorbeelden-" + role);
	}

	@GetMapping(TOPIC_PAGE + "{code}")
	String topic(@PathVariable String code, Model model, Locale locale) {
		return topic(code, model, locale, TermForm.empty(), Map.of(), WeightForm.empty(), Map.of());
	}

	@PostMapping(TOPIC_PAGE + "{code}/woorden")
	String addTerm(@PathVariable String code, TermForm form, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			this.editing.addTerm(code, form.taal(), form.woord());
			redirect.addFlashAttribute("done", "routing.admin.term.added");
			return "redirect:" + TOPIC_PAGE + code + "#woorden";
		}
		catch (KnowledgeRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return topic(code, model, locale, form, refused.problems(), WeightForm.empty(), Map.of());
		}
	}

	@PostMapping(PAGE + "/woorden/{id}/verwijderen")
	String removeTerm(@PathVariable long id, RedirectAttributes redirect) {
		String topic = this.knowledge.current().knowledge().terms().stream()
			.filter(term -> term.id() == id)
			.map(Term::topicCode)
			.findFirst()
			.orElse(null);
		this.editing.removeTerm(id);
		redirect.addFlashAttribute("done", "routing.admin.term.removed");
		return "redirect:" + (topic == null ? PAGE : TOPIC_PAGE + topic + "#woorden");
	}

	@PostMapping(TOPIC_PAGE + "{code}/rollen")
	String setWeight(@PathVariable String code, WeightForm form, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		Optional<BigDecimal> weight = KnowledgeForms.weight(form.gewicht());
		Map<String, String> problems = new LinkedHashMap<>();
		try {
			if (weight.isEmpty()) {
				problems.put("gewicht", "routing.admin.weight.range");
				if (this.roles.find(form.rol()).isEmpty()) {
					problems.put("rol", "routing.admin.role-unknown");
				}
			}
			else {
				this.editing.setWeight(code, form.rol(), weight.get());
				redirect.addFlashAttribute("done", "routing.admin.weight.set");
				return "redirect:" + TOPIC_PAGE + code + "#rollen";
			}
		}
		catch (KnowledgeRefused refused) {
			problems.putAll(refused.problems());
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return topic(code, model, locale, TermForm.empty(), Map.of(), form, problems);
	}

	private String overview(Model model, Locale locale, TryForm tryForm, Map<String, String> tryProblems,
			@Nullable List<TriedRole> tried, TopicForm topicForm, Map<String, String> topicProblems, ExampleForm exampleForm,
			Map<String, String> exampleProblems) {
		Knowledge current = this.knowledge.current().knowledge();
		List<ThemeTopics> themes = new ArrayList<>();
		for (FocusTheme theme : this.roles.themes()) {
			themes.add(new ThemeTopics(theme, current.topics().stream()
				.filter(topic -> topic.themeCode().equals(theme.code()))
				.sorted(Comparator.comparing(topic -> topic.name(locale)))
				.map(topic -> view(topic, current, locale))
				.toList()));
		}
		List<RoleType> roles = rolesByName(locale);
		model.addAttribute("themes", themes);
		model.addAttribute("roles", roles);
		model.addAttribute("examples", roles.stream()
			.map(role -> new RoleExamples(role, current.examples().stream()
				.filter(example -> example.roleCode().equals(role.code()))
				.toList()))
			.toList());
		model.addAttribute("tryForm", tryForm);
		model.addAttribute("tryProblems", tryProblems);
		model.addAttribute("tried", tried);
		model.addAttribute("topicForm", topicForm);
		model.addAttribute("topicProblems", topicProblems);
		model.addAttribute("exampleForm", exampleForm);
		model.addAttribute("exampleProblems", exampleProblems);
		return "routing/knowledge";
	}

	private String topic(String code, Model model, Locale locale, TermForm termForm, Map<String, String> termProblems,
			WeightForm weightForm, Map<String, String> weightProblems) {
		Knowledge current = this.knowledge.current().knowledge();
		Topic topic = current.topic(code).orElseThrow(() -> new KnowledgeNotFound(code));
		model.addAttribute("view", view(topic, current, locale));
		model.addAttribute("roles", rolesByName(locale));
		model.addAttribute("termForm", termForm);
		model.addAttribute("termProblems", termProblems);
		model.addAttribute("weightForm", weightForm);
		model.addAttribute("weightProblems", weightProblems);
		return "routing/knowledge-topic";
	}

	private TopicView view(Topic topic, Knowledge current, Locale locale) {
		List<Term> terms = current.terms().stream().filter(term -> term.topicCode().equals(topic.code())).toList();
		String themeName = this.roles.theme(topic.themeCode()).map(theme -> theme.name(locale)).orElse(topic.themeCode());
		List<RoleWeight> weights = topic.roles().entrySet().stream()
			.map(entry -> new RoleWeight(entry.getKey(), roleName(entry.getKey(), locale), entry.getValue()))
			.sorted(Comparator.comparingDouble(RoleWeight::weight).reversed().thenComparing(RoleWeight::name))
			.toList();
		return new TopicView(topic, themeName, terms.stream().filter(term -> "nl".equals(term.lang())).toList(),
				terms.stream().filter(term -> "en".equals(term.lang())).toList(), weights);
	}

	private List<TriedRole> tried(List<RoleMatch> matches, Locale locale) {
		List<TriedRole> tried = new ArrayList<>();
		for (RoleMatch match : matches) {
			tried.add(new TriedRole(tried.size() + 1, match.roleCode(), roleName(match.roleCode(), locale), match.score(),
					match.reasons()));
		}
		return tried;
	}

	private List<RoleType> rolesByName(Locale locale) {
		return this.roles.all().stream().sorted(Comparator.comparing(role -> role.name(locale))).toList();
	}

	private String roleName(String code, Locale locale) {
		return this.roles.find(code).map(role -> role.name(locale)).orElse(code);
	}

	private static Optional<Setting> setting(String key) {
		try {
			return Optional.of(Setting.ofKey(key));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
