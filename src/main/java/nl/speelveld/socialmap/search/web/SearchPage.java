package nl.speelveld.socialmap.search.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.speelveld.socialmap.search.SearchHit;
import nl.speelveld.socialmap.search.SearchResults;
import org.jspecify.annotations.Nullable;

/**
 * What the search page shows: the form as filled in, what is wrong with it, and the results with the names
 * of their areas and roles. Links keep the filters, so paging and the suggested spelling stay in the area.
 */
public final class SearchPage {

	static final String PATH = "/sociale-kaart/zoeken";

	private static final int AREAS_SHOWN = 3;

	/** A choice in a select: the value sent and the text shown. */
	public record Option(String value, String label) {
	}

	/** One hit with the names to show for its kind, role and areas. */
	public record Row(SearchHit hit, String kind, @Nullable String role, List<String> areas, int moreAreas) {
	}

	private final Form form;

	private final Map<String, String> problems;

	private final @Nullable SearchResults results;

	private final @Nullable String areaName;

	private final List<Row> rows;

	private final List<Option> roles;

	private final List<Option> types;

	/** The form's values as typed; empty strings for fields left empty. */
	public record Form(String q, String gebied, String rol, String soort) {
	}

	SearchPage(Form form, Map<String, String> problems, @Nullable SearchResults results, @Nullable String areaName,
			List<Row> rows, List<Option> roles, List<Option> types) {
		this.form = form;
		this.problems = new LinkedHashMap<>(problems);
		this.results = results;
		this.areaName = areaName;
		this.rows = List.copyOf(rows);
		this.roles = List.copyOf(roles);
		this.types = List.copyOf(types);
	}

	static Row row(SearchHit hit, String kind, @Nullable String role, Function<String, String> areaNames) {
		List<String> names = hit.areas().stream().limit(AREAS_SHOWN).map(areaNames).toList();
		return new Row(hit, kind, role, names, Math.max(0, hit.areas().size() - AREAS_SHOWN));
	}

	public Form form() {
		return this.form;
	}

	public Map<String, String> problems() {
		return this.problems;
	}

	public @Nullable String problem(String field) {
		return this.problems.get(field);
	}

	public @Nullable SearchResults results() {
		return this.results;
	}

	public @Nullable String areaName() {
		return this.areaName;
	}

	public List<Row> rows() {
		return this.rows;
	}

	public List<Option> roles() {
		return this.roles;
	}

	public List<Option> types() {
		return this.types;
	}

	/** The text the results are for: the corrected one when words were replaced. */
	public String searched() {
		SearchResults found = this.results;
		if (found == null) {
			return this.form.q();
		}
		return found.corrected() != null ? found.corrected() : found.query();
	}

	public @Nullable String correctedUrl() {
		SearchResults found = this.results;
		return found == null || found.corrected() == null ? null : link(found.corrected(), 1);
	}

	public @Nullable String previousUrl() {
		SearchResults found = this.results;
		return found == null || found.page() == 0 ? null : link(searched(), found.page());
	}

	public @Nullable String nextUrl() {
		SearchResults found = this.results;
		return found == null || !found.hasNext() ? null : link(searched(), found.page() + 2);
	}

	/** A link to this search with other words or on another page (counted from 1, as people count). */
	private String link(String q, int pagina) {
		StringBuilder link = new StringBuilder(PATH).append("?q=").append(encode(q));
		param(link, "gebied", this.form.gebied());
		param(link, "rol", this.form.rol());
		param(link, "soort", this.form.soort());
		if (pagina > 1) {
			link.append("&pagina=").append(pagina);
		}
		return link.toString();
	}

	private static void param(StringBuilder link, String name, String value) {
		if (!value.isEmpty()) {
			link.append('&').append(name).append('=').append(encode(value));
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
