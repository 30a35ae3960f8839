package nl.speelveld.participation.moderation;

import java.util.Locale;
import java.util.Optional;

/**
 * What can be reported and moderated: a proposal, an argument or a comment, each in its own table with the
 * same moderation columns. {@code word} is how addresses and forms name it, in Dutch like the rest of them.
 */
public enum ContentKind {

	PROPOSAL("participation_proposal", "voorstel"), ARGUMENT("participation_argument", "argument"),
	COMMENT("participation_comment", "reactie");

	private final String table;

	private final String word;

	ContentKind(String table, String word) {
		this.table = table;
		this.word = word;
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String word() {
		return this.word;
	}

	String table() {
		return this.table;
	}

	public static Optional<ContentKind> fromKey(String key) {
		for (ContentKind kind : values()) {
			if (kind.key().equals(key)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

	public static Optional<ContentKind> fromWord(String word) {
		for (ContentKind kind : values()) {
			if (kind.word.equals(word)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
