package nl.speelveld.socialmap.search;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The words of the indexed texts ({@code smap_search_word}): whether a typed word occurs as typed, only as
 * the start of longer words (jongerenwerk in jongerenwerker), or not at all, and then which known words look
 * most like it.
 */
@Repository
class Vocabulary {

	/** Shorter words would match too many longer ones by their start, and trigrams say little about them. */
	static final int MIN_FUZZY_LENGTH = 4;

	private static final int CANDIDATES = 10;

	private final JdbcClient jdbc;

	Vocabulary(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How a typed word stands: its lexeme (null for a stop word) and what the index knows of it. */
	record Check(String word, @Nullable String lexeme, boolean known, boolean knownAsStart, List<String> lookalikes) {
	}

	Map<String, Check> check(Collection<String> words) {
		Map<String, Check> checks = new LinkedHashMap<>();
		if (words.isEmpty()) {
			return checks;
		}
		// The look-alike search only runs for words that occur neither as typed nor as a start.
		this.jdbc.sql("""
				select t.word, s.lexeme, e.known, p.start, c.lookalikes
				from unnest(cast(:words as text[])) as t(word)
				cross join lateral (select (tsvector_to_array(to_tsvector('speelveld_nl', t.word)))[1] as lexeme) s
				cross join lateral (select s.lexeme is not null and exists (select 1 from smap_search_word w
					where w.lexeme = s.lexeme) as known) e
				cross join lateral (select s.lexeme is not null and not e.known and length(t.word) >= :minimum
					and exists (select 1 from smap_search_word w
						where w.lexeme ~>=~ s.lexeme and w.lexeme ~<~ (s.lexeme || chr(1114111))) as start) p
				cross join lateral (select array(select w.word from smap_search_word w
					where s.lexeme is not null and not e.known and not p.start and length(t.word) >= :minimum
						and w.plain % unaccent(t.word)
					order by similarity(w.plain, unaccent(t.word)) desc, w.word limit :candidates) as lookalikes) c""")
			.param("words", PgArrays.of(words))
			.param("minimum", MIN_FUZZY_LENGTH)
			.param("candidates", CANDIDATES)
			.query(rs -> {
				String word = rs.getString("word");
				checks.put(word, new Check(word, rs.getString("lexeme"), rs.getBoolean("known"),
						rs.getBoolean("start"), strings(rs.getArray("lookalikes"))));
			});
		return checks;
	}

	/** Removes the words that no document holds any more; returns how many. */
	int prune() {
		return this.jdbc.sql("select smap_search_prune_words()").query(Integer.class).single();
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
