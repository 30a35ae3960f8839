package nl.speelveld.routing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.roles.RoleType;
import nl.speelveld.roles.Roles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wegwijzer's evaluation: every question of the dev set through the router and through a BM25 baseline
 * over the role definitions, with top-1 and top-3 accuracy for the whole set, for the part the router's
 * knowledge was built with (d01 to d32) and for the part kept aside (d33 to d48). Texts of the part kept
 * aside are never printed: it measures how the router does on questions nobody tuned it for. Run it alone
 * with {@code mvn -o test -Dtest=RoutingEvaluationTests}.
 */
@SpeelveldTest
class RoutingEvaluationTests {

	/** The first question kept aside; those before it are the ones the knowledge was built with. */
	private static final int FIRST_KEPT_ASIDE = 33;

	@Autowired
	Router router;

	@Autowired
	Roles roles;

	@Test
	void routerReachesTheAimWithTheBaselineBeside() throws IOException {
		List<DevQuestion> questions = DevQuestion.read();
		List<String> known = this.roles.all().stream().map(RoleType::code).toList();
		assertThat(questions).hasSize(48)
			.allSatisfy(question -> assertThat(known).as(question.id()).containsAll(question.accept()));

		List<Outcome> routed = run(questions, this::route);
		List<Outcome> baseline;
		try (Bm25Baseline bm25 = new Bm25Baseline(this.roles.all())) {
			baseline = run(questions, question -> bm25.rank(question.text()).stream()
				.map(code -> new RoleMatch(code, 0, List.of()))
				.toList());
		}

		System.out.println(table(routed, baseline));
		System.out.println(misses(routed));

		assertThat(baseline).as("the baseline ranks a role for some questions")
			.anySatisfy(outcome -> assertThat(outcome.ranked()).isNotEmpty());
		Accuracy all = Accuracy.of(routed, outcome -> true);
		assertThat(all.top3()).as("router top-3 accuracy on all questions").isGreaterThanOrEqualTo(0.95);
		assertThat(all.top1()).as("router top-1 accuracy on all questions").isGreaterThanOrEqualTo(0.80);
	}

	private List<RoleMatch> route(DevQuestion question) {
		return this.router.route(question.text(), Setting.ofKey(question.setting()),
				Locale.forLanguageTag(question.lang()));
	}

	private static List<Outcome> run(List<DevQuestion> questions, Function<DevQuestion, List<RoleMatch>> ranker) {
		return questions.stream().map(question -> new Outcome(question, ranker.apply(question))).toList();
	}

	private static String table(List<Outcome> routed, List<Outcome> baseline) {
		StringBuilder table = new StringBuilder("\nWegwijzer evaluation: top-1 and top-3 accuracy\n\n");
		table.append(String.format("%-26s %9s | %-13s %-13s | %-13s %-13s%n", "questions", "count", "router top-1",
				"router top-3", "BM25 top-1", "BM25 top-3"));
		List<Part> parts = List.of(new Part("all", outcome -> true),
				new Part("d01-d32 (built with)", outcome -> !outcome.question().keptAside()),
				new Part("d33-d48 (kept aside)", outcome -> outcome.question().keptAside()));
		for (Part part : parts) {
			Accuracy router = Accuracy.of(routed, part.includes());
			Accuracy bm25 = Accuracy.of(baseline, part.includes());
			table.append(String.format("%-26s %9d | %-13s %-13s | %-13s %-13s%n", part.name(), router.count(),
					router.shownTop1(), router.shownTop3(), bm25.shownTop1(), bm25.shownTop3()));
		}
		return table.toString();
	}

	/** The router's misses among the questions it was built with; those kept aside are only counted. */
	private static String misses(List<Outcome> routed) {
		StringBuilder misses = new StringBuilder("Router misses on d01-d32 (top-1 miss; top-3 miss marked ***):\n");
		for (Outcome outcome : routed) {
			DevQuestion question = outcome.question();
			if (question.keptAside() || outcome.top1()) {
				continue;
			}
			String top = outcome.ranked().stream().limit(3)
				.map(match -> String.format(Locale.ROOT, "%s %.2f", match.roleCode(), match.score()))
				.collect(Collectors.joining(", "));
			misses.append(String.format("%s %s [%s] accept %s, got %s%n     %s%n", outcome.top3() ? "   " : "***",
					question.id(), question.setting(), question.accept(), top.isEmpty() ? "nothing" : top,
					question.text()));
		}
		return misses.append(misses.indexOf("\n") == misses.length() - 1 ? "none\n" : "").toString();
	}

	record DevQuestion(String id, String lang, String setting, String text, List<String> accept) {

		boolean keptAside() {
			return Integer.parseInt(this.id.substring(1)) >= FIRST_KEPT_ASIDE;
		}

		static List<DevQuestion> read() throws IOException {
			JsonMapper json = JsonMapper.builder().build();
			List<DevQuestion> questions = new ArrayList<>();
			try (InputStream in = RoutingEvaluationTests.class.getResourceAsStream("/routing/dev-questions.jsonl");
					BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					if (!line.isBlank()) {
						questions.add(json.readValue(line, DevQuestion.class));
					}
				}
			}
			return questions;
		}

	}

	record Outcome(DevQuestion question, List<RoleMatch> ranked) {

		boolean top1() {
			return !this.ranked.isEmpty() && this.question.accept().contains(this.ranked.get(0).roleCode());
		}

		boolean top3() {
			return this.ranked.stream().limit(3).anyMatch(match -> this.question.accept().contains(match.roleCode()));
		}

	}

	record Part(String name, Predicate<Outcome> includes) {
	}

	record Accuracy(int count, int top1Hits, int top3Hits) {

		static Accuracy of(List<Outcome> outcomes, Predicate<Outcome> includes) {
			List<Outcome> part = outcomes.stream().filter(includes).toList();
			return new Accuracy(part.size(), (int) part.stream().filter(Outcome::top1).count(),
					(int) part.stream().filter(Outcome::top3).count());
		}

		double top1() {
			return this.count == 0 ? 0 : (double) this.top1Hits / this.count;
		}

		double top3() {
			return this.count == 0 ? 0 : (double) this.top3Hits / this.count;
		}

		String shownTop1() {
			return shown(this.top1Hits);
		}

		String shownTop3() {
			return shown(this.top3Hits);
		}

		private String shown(int hits) {
			return String.format(Locale.ROOT, "%2d (%5.1f %%)", hits, this.count == 0 ? 0 : 100.0 * hits / this.count);
		}

	}

}
