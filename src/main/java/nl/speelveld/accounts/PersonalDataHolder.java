package nl.speelveld.accounts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module that keeps data about people implements this, so that a person's download holds everything
 * Speelveld keeps about them and erasure leaves nothing behind. Erasure removes personal data and
 * anonymises public contributions (they stay, without a name), inside the erasure's transaction.
 */
public interface PersonalDataHolder {

	/** A name for this part of the download, such as {@code account} or {@code initiatives}. */
	String section();

	/** Every row this module keeps about the person, as column → value. */
	List<Map<String, Object>> export(UserId user);

	void erase(UserId user);

	/**
	 * The rows that {@code queries} (table name → a query with named parameters such as {@code :user}) find,
	 * each with its table under {@code table}, in the order of the queries: the usual export.
	 */
	static List<Map<String, Object>> rows(JdbcClient jdbc, Map<String, String> queries, Map<String, ?> parameters) {
		List<Map<String, Object>> rows = new ArrayList<>();
		queries.forEach((table, query) -> jdbc.sql(query).params(parameters).query().listOfRows().forEach(row -> {
			Map<String, Object> tagged = new LinkedHashMap<>();
			tagged.put("table", table);
			tagged.putAll(row);
			rows.add(tagged);
		}));
		return rows;
	}

}
