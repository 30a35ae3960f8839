package nl.speelveld.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.speelveld.areas.Area;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLookup;
import nl.speelveld.areas.AreaNotFound;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.areas.InvalidLookup;
import nl.speelveld.areas.KeyFigure;
import nl.speelveld.socialmap.Coverage;
import nl.speelveld.socialmap.CoveringPost;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Wie kan mij helpen? From a question and a place to the roles that fit and the people who cover the place.
 * Stores nothing: the question lives only as long as the request.
 */
@Service
public class Wegwijzer {

	public static final int LONGEST_QUESTION = 2000;

	/** Roles for which the answer names people; the others are explained only. */
	static final int ROLES_WITH_PEOPLE = 3;

	static final int PEOPLE_PER_ROLE = 5;

	/**
	 * Below this many inhabitants per km² an area reads as a village or the countryside (CBS calls areas
	 * under 1,000 addresses per km² hardly or not urban; inhabitants run about twice the addresses).
	 */
	static final double VILLAGE_DENSITY = 1000;

	static final String VILLAGE_ROLE = "dorpsondersteuner";

	/** Those working in the place itself first, then around it, then in a part; current data before stale; by name. */
	private static final Comparator<CoveringPost> NEAREST_FIRST = Comparator.comparing(CoveringPost::coverage)
		.thenComparing(CoveringPost::stale)
		.thenComparing(post -> post.post().name().toLowerCase(Locale.ROOT));

	private final Router router;

	private final Areas areas;

	private final KeptAreas keptAreas;

	private final KeptPosts posts;

	Wegwijzer(Router router, Areas areas, KeptAreas keptAreas, KeptPosts posts) {
		this.router = router;
		this.areas = areas;
		this.keptAreas = keptAreas;
		this.posts = posts;
	}

	/** The finest area of a postcode, an area code or a point; exactly one of them is expected. */
	public Area place(@Nullable String postcode, @Nullable String areaCode, @Nullable Double lat, @Nullable Double lon) {
		if (postcode != null && !postcode.isBlank()) {
			return finest(this.areas.lookupPostcode(postcode, null));
		}
		if (areaCode != null && !areaCode.isBlank()) {
			AreaCode code = AreaCode.tryParse(areaCode.trim()).orElseThrow(() -> new AreaNotFound(areaCode.trim()));
			return this.keptAreas.area(code, null);
		}
		if (lat != null && lon != null) {
			return finest(this.areas.lookup(lat, lon, null));
		}
		throw new InvalidLookup("problem.routing.no-place");
	}

	public Answer answer(String question, Area place, Locale locale) {
		String text = checked(question);
		long revision = this.posts.revision();
		Setting setting = setting(place, revision);
		List<RoleMatch> roles = this.router.route(text, setting, locale);
		List<String> top = roles.subList(0, Math.min(ROLES_WITH_PEOPLE, roles.size())).stream().map(RoleMatch::roleCode).toList();
		Map<String, List<CoveringPost>> here = byRole(this.posts.reaching(place.code(), top, revision));
		List<String> missing = top.stream().filter(role -> !here.containsKey(role)).toList();
		Map<String, List<CoveringPost>> elsewhere = missing.isEmpty() ? Map.of() : byRole(gemeentePosts(place, missing, revision));
		List<RolePeople> people = new ArrayList<>();
		for (String role : top) {
			List<CoveringPost> posts = here.getOrDefault(role, List.of()).stream()
				.sorted(NEAREST_FIRST)
				.limit(PEOPLE_PER_ROLE)
				.toList();
			CoveringPost nearest = posts.isEmpty() ? nearest(elsewhere.getOrDefault(role, List.of()), place.code()) : null;
			people.add(new RolePeople(role, posts, nearest));
		}
		return new Answer(place, setting, roles, people);
	}

	/** The question as the wegwijzer takes it, trimmed; refused when empty or too long. */
	public static String checked(@Nullable String question) {
		String text = question == null ? "" : question.strip();
		if (text.isEmpty()) {
			throw new QuestionNotValid("problem.routing.question-empty");
		}
		if (text.length() > LONGEST_QUESTION) {
			throw new QuestionNotValid("problem.routing.question-too-long", String.valueOf(LONGEST_QUESTION));
		}
		return text;
	}

	// A village where people live far apart, or where a dorpsondersteuner works.
	private Setting setting(Area place, long revision) {
		Number density = place.figures().get(KeyFigure.DENSITY);
		if (density != null && density.doubleValue() < VILLAGE_DENSITY) {
			return Setting.VILLAGE;
		}
		boolean villageRole = this.posts.reaching(place.code(), List.of(VILLAGE_ROLE), revision)
			.stream()
			.anyMatch(post -> post.coverage() != Coverage.CHILD);
		return villageRole ? Setting.VILLAGE : Setting.CITY;
	}

	private List<CoveringPost> gemeentePosts(Area place, List<String> roles, long revision) {
		AreaCode gemeente = place.code().gemeente();
		return gemeente.equals(place.code()) ? List.of() : this.posts.reaching(gemeente, roles, revision);
	}

	private static Map<String, List<CoveringPost>> byRole(List<CoveringPost> posts) {
		return posts.stream().collect(Collectors.groupingBy(post -> post.post().roleCode()));
	}

	// Nearest by the CBS codes: a post in a buurt of the same wijk is nearer than one in another wijk.
	private static @Nullable CoveringPost nearest(List<CoveringPost> posts, AreaCode place) {
		return posts.stream()
			.max(Comparator.comparingInt((CoveringPost post) -> closeness(post, place))
				.thenComparing(post -> post.post().name(), Comparator.reverseOrder()))
			.orElse(null);
	}

	private static int closeness(CoveringPost post, AreaCode place) {
		String digits = place.value().substring(2);
		return post.post().areas().stream().mapToInt(area -> commonPrefix(area.value().substring(2), digits)).max().orElse(0);
	}

	private static int commonPrefix(String a, String b) {
		int length = 0;
		while (length < a.length() && length < b.length() && a.charAt(length) == b.charAt(length)) {
			length++;
		}
		return length;
	}

	private Area finest(AreaLookup lookup) {
		AreaSummary finest = lookup.finest();
		return this.keptAreas.area(finest.code(), finest.year());
	}

}
