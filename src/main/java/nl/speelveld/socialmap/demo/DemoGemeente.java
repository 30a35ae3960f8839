package nl.speelveld.socialmap.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

/**
 * The plan of one gemeente's demo playing field: its organisations and which posts they hold where. Wijken
 * are named by the last two characters of their code (03 for WK034403); a district groups wijken (the
 * stadsdelen of Amsterdam by their letter) and is empty where a gemeente has none.
 *
 * @param gapWijken wijken that no post serving goal G2 covers, directly or through the gemeente, so that
 * the playing field shows a gap
 * @param agentShortfall wijken whose wijkagent cluster gets this many agents fewer than the norm asks
 * @param postcodeRanges PC4 ranges to scan for postcodes of the gemeente's wijken
 * @param cities town names per wijk where it is not the gemeente's name
 */
record DemoGemeente(AreaCode code, boolean rural, Map<String, String> districtNames, List<OrgPlan> organisations,
		List<PostPlan> posts, Set<String> gapWijken, Map<String, Integer> agentShortfall,
		List<int[]> postcodeRanges, List<String> languages, Map<String, String> cities) {

	/** The district of a wijk: the stadsdeel letter in Amsterdam, empty elsewhere. */
	String district(String wijkSuffix) {
		return this.districtNames.isEmpty() ? "" : wijkSuffix.substring(0, 1);
	}

	/**
	 * An organisation and where it works: listed wijken, whole districts, or (both empty) the whole gemeente.
	 */
	record OrgPlan(String key, String name, OrganisationType type, List<String> wijken, List<String> districts) {

		static OrgPlan gemeenteWide(String key, String name, OrganisationType type) {
			return new OrgPlan(key, name, type, List.of(), List.of());
		}

		static OrgPlan inWijken(String key, String name, OrganisationType type, String... wijken) {
			return new OrgPlan(key, name, type, List.of(wijken), List.of());
		}

		static OrgPlan inDistricts(String key, String name, OrganisationType type, String... districts) {
			return new OrgPlan(key, name, type, List.of(), List.of(districts));
		}

	}

	enum Grouping {

		/** One post for the whole gemeente. */
		GEMEENTE,
		/** One post per district. */
		DISTRICT,
		/** Posts for runs of {@code size} wijken within a district. */
		WIJKEN,
		/** Posts for the listed groups of wijken. */
		LISTED,
		/** Wijkagents: enough per cluster of wijken for the norm of inhabitants per post, minus shortfalls. */
		NORM,
		/** Posts for two or three CBS buurten each, in the listed wijken. */
		BUURTEN

	}

	/**
	 * Posts of one role: how they are spread, who employs them, and what they are called.
	 *
	 * @param employer an organisation key, or {@code type:} and an organisation type for the organisation of
	 * that type that works in the group's first wijk
	 * @param title the job title before the area name; null for the role's own name
	 * @param size wijken per post for {@link Grouping#WIJKEN}
	 * @param perInhabitants one post per this many inhabitants of the group, at least one; 0 for one post
	 * @param groups the wijken of each post for {@link Grouping#LISTED} and {@link Grouping#BUURTEN}
	 * @param focus themes every post of the plan has, besides a random choice of the role's themes
	 */
	record PostPlan(String role, Grouping grouping, String employer, @Nullable String title, int size,
			int perInhabitants, List<List<String>> groups, List<String> focus) {

		static PostPlan of(String role, Grouping grouping, String employer) {
			return new PostPlan(role, grouping, employer, null, 1, 0, List.of(), List.of());
		}

		PostPlan titled(String jobTitle) {
			return new PostPlan(this.role, this.grouping, this.employer, jobTitle, this.size, this.perInhabitants,
					this.groups, this.focus);
		}

		PostPlan perWijken(int wijken) {
			return new PostPlan(this.role, this.grouping, this.employer, this.title, wijken, this.perInhabitants,
					this.groups, this.focus);
		}

		PostPlan onePer(int inhabitants) {
			return new PostPlan(this.role, this.grouping, this.employer, this.title, this.size, inhabitants,
					this.groups, this.focus);
		}

		PostPlan in(List<List<String>> wijkGroups) {
			return new PostPlan(this.role, this.grouping, this.employer, this.title, this.size, this.perInhabitants,
					wijkGroups, this.focus);
		}

		PostPlan alwaysOn(String... themes) {
			return new PostPlan(this.role, this.grouping, this.employer, this.title, this.size, this.perInhabitants,
					this.groups, List.of(themes));
		}

	}

}
