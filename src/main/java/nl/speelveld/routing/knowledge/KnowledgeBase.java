package nl.speelveld.routing.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import nl.speelveld.roles.RoleType;
import nl.speelveld.roles.Roles;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The knowledge the wegwijzer routes with, read from the database and compiled into indexes. Routing runs on
 * every question, so the compiled form is kept; every few seconds one question looks whether the knowledge's
 * revision (or the role typology) moved, on this node or another, and only then is it compiled again. A
 * change made here is used at once ({@link #forget()}).
 */
@Service
public class KnowledgeBase {

	private static final long FRESH_FOR_NANOS = 10_000_000_000L;

	private final KnowledgeStore store;

	private final Roles roles;

	private volatile @Nullable Compiled compiled;

	private final AtomicBoolean refreshing = new AtomicBoolean();

	/** The knowledge with its indexes, as one consistent whole. */
	public static final class Compiled {

		private final Knowledge knowledge;

		private final TermIndex terms;

		private final ExampleIndex examples;

		private final long revision;

		private final List<RoleType> roles;

		private volatile long checkedAt;

		Compiled(Knowledge knowledge, TermIndex terms, ExampleIndex examples, long revision, List<RoleType> roles,
				long checkedAt) {
			this.knowledge = knowledge;
			this.terms = terms;
			this.examples = examples;
			this.revision = revision;
			this.roles = roles;
			this.checkedAt = checkedAt;
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
		if (now == null) {
			synchronized (this) {
				now = this.compiled;
				if (now == null) {
					now = compile();
					this.compiled = now;
				}
			}
		}
		else if (System.nanoTime() - now.checkedAt > FRESH_FOR_NANOS && this.refreshing.compareAndSet(false, true)) {
			// One question looks for changes; the others go on with what is there meanwhile.
			try {
				if (now.revision != this.store.revision() || !now.roles.equals(this.roles.all())) {
					now = compile();
					this.compiled = now;
				}
				else {
					now.checkedAt = System.nanoTime();
				}
			}
			finally {
				this.refreshing.set(false);
			}
		}
		return now;
	}

	/** Drops the compiled knowledge after a change, so the next question is routed with it. */
	public void forget() {
		this.compiled = null;
	}

	private Compiled compile() {
		long readAt = System.nanoTime();
		long revision = this.store.revision();
		List<RoleType> roleTypes = this.roles.all();
		Knowledge knowledge = this.store.read();
		Map<String, List<String>> names = new LinkedHashMap<>();
		for (RoleType role : roleTypes) {
			List<String> known = new ArrayList<>(List.of(role.nameNl(), role.nameEn()));
			role.aliases().forEach(alias -> known.add(alias.title()));
			names.put(role.code(), known);
		}
		return new Compiled(knowledge, new TermIndex(knowledge.terms(), names), new ExampleIndex(knowledge.examples()),
				revision, roleTypes, readAt);
	}

}
