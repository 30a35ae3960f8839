package nl.speelveld.socialmap.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.speelveld.roles.Goal;
import nl.speelveld.roles.RoleType;

/**
 * The posts of one gemeente's demo playing field, made from its plan: groups of wijken (or buurten, or the
 * whole gemeente) per post, the employer, a named professional or a team, and focus themes of the role.
 */
final class DemoPosts {

	private final GemeenteContext gemeente;

	private int serial;

	private DemoPosts(GemeenteContext gemeente) {
		this.gemeente = gemeente;
	}

	static void add(GemeenteContext gemeente) {
		var posts = new DemoPosts(gemeente);
		for (DemoGemeente.PostPlan plan : gemeente.plan.posts()) {
			posts.add(plan);
		}
	}

	/** Where one post works: CBS codes, the wijk that decides the employer, and a name for its title. */
	record Coverage(List<String> areas, String firstWijk, String label) {
	}

	private void add(DemoGemeente.PostPlan plan) {
		RoleType role = this.gemeente.roles.get(plan.role());
		for (Coverage coverage : new PostCoverage(this.gemeente, plan, role).coverages()) {
			checkGap(role, coverage);
			addPost(plan, role, coverage);
		}
	}

	/** The plan promises wijken without G2 coverage; a post that would cover them is a mistake in the plan. */
	private void checkGap(RoleType role, Coverage coverage) {
		if (!role.serves(Goal.G2) || this.gemeente.plan.gapWijken().isEmpty()) {
			return;
		}
		for (String gap : this.gemeente.plan.gapWijken()) {
			String wijk = this.gemeente.wijk(gap).code().value();
			boolean covers = coverage.areas().stream()
				.anyMatch(area -> area.equals(wijk) || area.equals(this.gemeente.plan.code().value())
						|| area.substring(2).startsWith(wijk.substring(2)));
			if (covers) {
				throw new IllegalStateException("A " + role.code() + " post would cover gap wijk " + wijk);
			}
		}
	}

	private void addPost(DemoGemeente.PostPlan plan, RoleType role, Coverage coverage) {
		var draw = this.gemeente.draw;
		var employer = this.gemeente.employer(plan.employer(), coverage.firstWijk());
		if (!role.employerTypes().contains(employer.type().key())) {
			throw new IllegalStateException(employer.row().name() + " cannot employ a " + role.code());
		}
		String key = plan.role() + "/" + (++this.serial);
		String title = (plan.title() != null ? plan.title() : role.nameNl()) + " " + coverage.label();
		String orgDomain = Draw.slug(employer.row().name()) + ".example.org";
		boolean team = Vocabulary.TEAM_ROLES.contains(role.code());
		boolean vacant = !team && draw.chance(0.03);
		SocialMapData.Professional person = null;
		String email;
		if (team || vacant) {
			email = Draw.slug(title) + "@" + orgDomain;
		}
		else {
			var name = this.gemeente.names.next();
			person = new SocialMapData.Professional(draw.id("professional", key), name.display(),
					role.nameNl() + " bij " + employer.row().name() + ", werkt in " + coverage.label() + ".");
			this.gemeente.rows.professionals.add(person);
			email = name.mailbox() + "@" + orgDomain;
		}
		String availability = vacant ? "Vacature: tot de nieuwe collega er is, via het algemene nummer"
				: Vocabulary.ROLE_HOURS.getOrDefault(role.code(), draw.pick(Vocabulary.WORKING_HOURS));
		String phone = team || vacant ? employer.row().phone() : "06-12345" + draw.between(100, 999);
		var startsOn = draw.chance(0.8) ? draw.today().minusDays(draw.between(60, 2500)) : null;
		var endsOn = draw.chance(0.05) ? draw.today().plusDays(draw.between(30, 400)) : null;
		this.gemeente.rows.posts.add(new SocialMapData.Post(draw.id("post", key), role.code(), employer.row().id(),
				person == null ? null : person.id(), title, focus(role, plan), availability, languages(), startsOn,
				endsOn, email, phone, draw.lastConfirmed(), coverage.areas()));
	}

	/** Some of the role's themes, at least two, always with those the plan asks for; in the role's order. */
	private List<String> focus(RoleType role, DemoGemeente.PostPlan plan) {
		Set<String> chosen = new LinkedHashSet<>(this.gemeente.draw.someOf(role.focus(), 2));
		chosen.addAll(plan.focus());
		return role.focus().stream().filter(chosen::contains).toList();
	}

	private List<String> languages() {
		var draw = this.gemeente.draw;
		List<String> languages = new ArrayList<>(List.of("nl"));
		if (draw.chance(0.35)) {
			languages.add(draw.pick(this.gemeente.plan.languages()));
		}
		if (draw.chance(0.1)) {
			String another = draw.pick(this.gemeente.plan.languages());
			if (!languages.contains(another)) {
				languages.add(another);
			}
		}
		return List.copyOf(languages);
	}

}
