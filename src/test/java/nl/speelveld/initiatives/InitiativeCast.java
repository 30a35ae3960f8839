package nl.speelveld.initiatives;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.initiatives.lifecycle.IdeaForm;
import nl.speelveld.initiatives.lifecycle.Ideas;
import nl.speelveld.socialmap.SocialMapFixture;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The people around an initiative in the Oosterparkwijk in Groningen (postcode 9713): a resident with an
 * idea, an ideeënmakelaar whose post covers the wijk, a coordinator of the gemeente and a resident from
 * elsewhere; and ways to act as each of them and to put an initiative in any status.
 */
@Component
public class InitiativeCast {

	public static final String POSTCODE = "9713";

	public static final AreaCode WIJK = new AreaCode("WK001404");

	public static final String GEMEENTE = "GM0014";

	private final AccountsFixture accounts;

	private final SocialMapFixture socialMap;

	private final Ideas ideas;

	private final JdbcClient jdbc;

	InitiativeCast(AccountsFixture accounts, SocialMapFixture socialMap, Ideas ideas, JdbcClient jdbc) {
		this.accounts = accounts;
		this.socialMap = socialMap;
		this.ideas = ideas;
		this.jdbc = jdbc;
	}

	/** Everyone at once, freshly made, so tests sharing the database never meet. */
	public record Cast(UserId initiator, UserId professional, UUID post, UserId coordinator, UserId outsider,
			UserId neighbour, java.util.Map<UserId, String> emails) {

		/** The address to sign in with, with the fixtures' password. */
		public String email(UserId person) {
			return this.emails.get(person);
		}

	}

	public Cast cast() {
		java.util.Map<UserId, String> emails = new java.util.HashMap<>();
		String initiatorEmail = AccountsFixture.email("initiatiefnemer");
		UserId initiator = this.accounts.person(initiatorEmail, "Ineke Initiatief");
		emails.put(initiator, initiatorEmail);
		UUID welfare = this.accounts.organisation("Welzijn Oost " + UUID.randomUUID(), OrganisationType.WELZIJNSORGANISATIE,
				GEMEENTE);
		String professionalEmail = AccountsFixture.email("ideeenmakelaar");
		UserId professional = this.accounts.professional(professionalEmail, welfare);
		emails.put(professional, professionalEmail);
		UUID organisation = this.socialMap.organisation("Welzijn Oosterpark " + UUID.randomUUID(), "welzijnsorganisatie",
				GEMEENTE);
		UUID post = this.socialMap.aPost("ideeenmakelaar", organisation)
			.covering(WIJK.value())
			.ownedBy(professional.value())
			.save();
		UUID municipality = this.accounts.organisation("Gemeente Groningen " + UUID.randomUUID(),
				OrganisationType.GEMEENTE, GEMEENTE);
		String coordinatorEmail = AccountsFixture.email("coordinator");
		UserId coordinator = this.accounts.coordinator(coordinatorEmail, municipality, new AreaCode(GEMEENTE));
		emails.put(coordinator, coordinatorEmail);
		UserId outsider = this.accounts.person(AccountsFixture.email("buitenstaander"), "Otto Elders");
		String neighbourEmail = AccountsFixture.email("buurvrouw");
		UserId neighbour = this.accounts.person(neighbourEmail, "Bea Buur");
		emails.put(neighbour, neighbourEmail);
		return new Cast(initiator, professional, post, coordinator, outsider, neighbour, emails);
	}

	/** A complete plan with a budget, starting well after any lead time. */
	public static IdeaForm plan(String title) {
		return new IdeaForm(title, "Samen met de buren een moestuin aanleggen op het braakliggende veldje.",
				"Bewoners van de Zwaluwstraat", POSTCODE, LocalDate.now().plusMonths(6).toString(),
				"Meer groen en elkaar beter leren kennen.", "Grond omspitten, bakken bouwen, samen zaaien en oogsten.",
				List.of("money", "space"), List.of("Zaden en planten", "Hout voor de bakken"), List.of("150", "1.250"));
	}

	public UUID idea(UserId initiator, String title) {
		return as(initiator, () -> this.ideas.create(plan(title)).id());
	}

	/** Puts the initiative straight into {@code status}, with {@code guide} as its guide (for steps after intake). */
	public void put(UUID id, InitiativeStatus status, UserId guide, UUID post) {
		this.jdbc.sql("update initiative set status = ?, taken_by = ?, taken_post = ? where id = ?")
			.params(status.key(), status.ordinal() >= InitiativeStatus.INTAKE.ordinal() ? guide.value() : null,
					status.ordinal() >= InitiativeStatus.INTAKE.ordinal() ? post : null, id)
			.update();
	}

	/** Sets Groningen's rules: the answer within 14 days, at most 5,000 euros, and these criteria. */
	public void rules(int minSupporters, int leadWeeks, String... criteria) {
		this.jdbc.sql("""
				insert into initiative_rules (gemeente, min_supporters, lead_weeks, answer_days, max_amount, criteria)
				values (?, ?, ?, 14, 5000, ?)
				on conflict (gemeente) do update set min_supporters = excluded.min_supporters, lead_weeks = excluded.lead_weeks,
					answer_days = 14, max_amount = 5000, criteria = excluded.criteria""")
			.params(GEMEENTE, minSupporters, leadWeeks, criteria)
			.update();
	}

	/**
	 * An initiative in the Binnenstad of Utrecht (where the authorisation matrix's people work), put straight
	 * into {@code status}, guided by {@code guide} when given; its plan asks for 1,400 euros.
	 */
	public UUID inBinnenstad(InitiativeStatus status, @Nullable UUID guide) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into initiative (id, status, title, summary, initiator_name, area_code, gemeente, lat, lon, starts_on,
					goal, activities, support_needed, taken_by, answer_due)
				values (?, ?, ?, 'Een bankje bij de gracht.', 'Bewoners Oudegracht', 'WK034406', 'GM0344', 52.09, 5.12,
					current_date + 120, 'Rust', 'Bankje plaatsen', '{money}', ?, current_date + 14)""")
			.params(id, status.key(), "Bankje " + id, guide)
			.update();
		this.jdbc.sql("insert into initiative_budget_line (initiative_id, position, description, amount) values (?, 0, 'Bankje', 1400)")
			.param(id)
			.update();
		return id;
	}

	public static <T> T as(UserId user, Supplier<T> action) {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
			.authenticated(user.toString(), null, AuthorityUtils.createAuthorityList("ROLE_RESIDENT")));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	public static void as(UserId user, Runnable action) {
		as(user, () -> {
			action.run();
			return null;
		});
	}

}
