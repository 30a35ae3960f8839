package nl.speelveld.routing.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.roles.RoleType;
import nl.speelveld.roles.Roles;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The knowledge the wegwijzer routes with, read from the database and compiled into indexes. Routing runs on
 * every question, so the compiled form is kept and read again every few seconds, which also brings changes
 * made on another app node; a change made here is used at once ({@link #forget()}).
 */
@Service
public class KnowledgeBase {

	private static final long FRESH_FOR_NANOS = 10_000_000_000L;

	private final KnowledgeStore store;

	private final Roles roles;

	private volatile @Nullable Compiled compiled;

	/** The knowledge with its indexes, as one consistent whole. */
	public static final class Compiled {

		private final Knowledge knowledge;

		private final TermIndex terms;

		private final ExampleIndex examples;

		private final long readAt;

		Compiled(Knowledge knowledge, TermIndex terms, ExampleIndex examples, long readAt) {
			this.knowledge = knowledge;
			this.terms = terms;
			this.examples = examples;
			this.readAt = readAt;
		}

		public Knowledge knowledge() {
			return this.knowledge;
		}

		public Recognition recognise(String question) {
			return this.terms.recognise(question);
		}

		/** Per role, its example question most like the words of a question. */
		public Map<String, SimilarExample> closestExamples(List<Word> words) {
			return this.examples.closest(words);
		}

	}

	KnowledgeBase(KnowledgeStore store, Roles roles) {
		this.store = store;
		this.roles = roles;
	}

	public Compiled current() {
		Compiled now = this.compiled;
		if (now == null || System.nanoTime() - now.readAt > FRESH_FOR_NANOS) {
			now = compile();
			this.compiled = now;
		}
		return now;
	}

	/** Drops the compiled knowledge after a change, so the next question is routed with it. */
	public void forget() {
		this.compiled = null;
	}

	private Compiled compile() {
		long readAt = System.nanoTime();
		Knowledge knowledge = this.store.read();
		Map<String, List<String>> names = new LinkedHashMap<>();
		for (RoleType role : this.roles.all()) {
			List<String> known = new ArrayList<>(List.of(role.nameNl(), role.nameEn()));
			role.aliases().forEach(alias -> known.add(alias.title()));
			names.put(role.code(), known);
		}
		return new Compiled(knowledge, new TermIndex(knowledge.terms(), names), new ExampleIndex(knowledge.examples()),
				readAt);
	}

}
