package nl.speelveld.socialmap.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.roles.RoleType;
import nl.speelveld.roles.Roles;
import nl.speelveld.shared.Apportion;

/**
 * Posts of the national data set, in proportion to the inhabitants of each wijk: a role (village roles only
 * in rural gemeenten), an employer of a fitting type nearby, mostly one wijk, sometimes a few or the gemeente.
 */
final class SyntheticPosts {

	private static final Map<String, Double> URBAN_ROLES = Map.ofEntries(Map.entry("wijkagent", 8.0),
			Map.entry("welzijnswerker", 10.0), Map.entry("wijkverpleegkundige", 10.0), Map.entry("sociaal-makelaar", 8.0),
			Map.entry("jongerenwerker", 7.0), Map.entry("buurtsportcoach", 7.0), Map.entry("sociaal-wijkteam", 6.0),
			Map.entry("opbouwwerker", 5.0), Map.entry("wijkbeheerder", 5.0), Map.entry("wijkregisseur", 4.0),
			Map.entry("buurtconcierge", 3.0), Map.entry("wijkcoordinator", 3.0), Map.entry("kwartiermaker", 2.0),
			Map.entry("buurtbemiddelaar", 2.0), Map.entry("participatiemakelaar", 2.0), Map.entry("ideeenmakelaar", 2.0),
			Map.entry("scharrelambtenaar", 1.0));

	private static final Map<String, Double> RURAL_EXTRA = Map.of("dorpsondersteuner", 6.0, "gebiedsmakelaar", 2.0,
			"buurtconcierge", 1.0);

	private final SyntheticSocialMap.Country country;

	private final Weighted<RoleType> urban;

	private final Weighted<RoleType> rural;

	private final RoleType fallback;

	SyntheticPosts(SyntheticSocialMap.Country country, Roles roles) {
		this.country = country;
		this.urban = new Weighted<>();
		this.rural = new Weighted<>();
		for (RoleType role : roles.all().stream().filter(RoleType::seeded).toList()) {
			double weight = URBAN_ROLES.getOrDefault(role.code(), 0.0);
			if (weight > 0) {
				this.urban.add(role, weight);
			}
			double ruralWeight = RURAL_EXTRA.getOrDefault(role.code(), weight);
			if (ruralWeight > 0) {
				this.rural.add(role, ruralWeight);
			}
		}
		this.fallback = roles.get("wijkregisseur");
	}

	void add(int count) {
		int[] perWijk = Apportion.byLargestRemainder(count, this.country.inhabitants());
		int serial = 0;
		for (int w = 0; w < perWijk.length; w++) {
			for (int i = 0; i < perWijk[w]; i++) {
				add(w, serial++);
			}
		}
	}

	private void add(int wijk, int serial) {
		var draw = this.country.draw;
		boolean rural = this.country.gemeenten.get(this.country.gemeenteOf[wijk]).rural();
		RoleType role = null;
		int employer = -1;
		for (int attempt = 0; attempt < 5 && employer < 0; attempt++) {
			role = (rural ? this.rural : this.urban).pick(draw);
			employer = this.country.employer(wijk, types(role));
		}
		if (employer < 0) {
			role = this.fallback;
			employer = this.country.employer(wijk, types(role));
		}
		if (employer < 0) {
			return;
		}
		var organisation = this.country.rows.organisations.get(employer);
		String place = this.country.placeName(wijk);
		String title = role.nameNl() + " " + place;
		String domain = this.country.slugs.get(employer) + ".example.org";
		SocialMapData.Professional person = null;
		String email = "team." + role.code() + "@" + domain;
		if (!Vocabulary.TEAM_ROLES.contains(role.code()) && draw.chance(0.95)) {
			var name = this.country.names.next();
			person = new SocialMapData.Professional(draw.id("professional", String.valueOf(serial)), name.display(),
					role.nameNl() + " bij " + organisation.name() + ".");
			this.country.rows.professionals.add(person);
			email = name.mailbox() + "@" + domain;
		}
		this.country.rows.posts.add(new SocialMapData.Post(draw.id("post", String.valueOf(serial)), role.code(),
				organisation.id(), person == null ? null : person.id(), title, draw.someOf(role.focus(), 2),
				Vocabulary.ROLE_HOURS.getOrDefault(role.code(), draw.pick(Vocabulary.WORKING_HOURS)), languages(rural),
				draw.chance(0.8) ? draw.today().minusDays(draw.between(60, 2500)) : null, null, email,
				person == null ? organisation.phone() : "06-12345" + draw.between(100, 999), draw.lastConfirmed(),
				coverage(wijk)));
	}

	/** Mostly the wijk itself; sometimes with the next wijken of the gemeente, sometimes the whole gemeente. */
	private List<String> coverage(int wijk) {
		var draw = this.country.draw;
		var gemeente = this.country.gemeenten.get(this.country.gemeenteOf[wijk]);
		double chance = draw.uniform();
		if (chance < 0.1) {
			return List.of(gemeente.code());
		}
		List<String> areas = new ArrayList<>(List.of(this.country.wijken.get(wijk).code().value()));
		if (chance < 0.25) {
			int last = this.country.firstWijkOf[this.country.gemeenteOf[wijk]] + gemeente.wijken().size() - 1;
			for (int next = wijk + 1; next <= Math.min(last, wijk + draw.between(1, 2)); next++) {
				areas.add(this.country.wijken.get(next).code().value());
			}
		}
		return List.copyOf(areas);
	}

	private List<String> languages(boolean rural) {
		var draw = this.country.draw;
		return draw.chance(0.3) ? List.of("nl", draw.pick(rural ? Vocabulary.RURAL_LANGUAGES : Vocabulary.CITY_LANGUAGES))
				: List.of("nl");
	}

	private static List<OrganisationType> types(RoleType role) {
		return role.employerTypes().stream().map(type -> OrganisationType.fromKey(type).orElseThrow()).toList();
	}

}
