package nl.speelveld.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.Role;
import nl.speelveld.accounts.UserId;
import nl.speelveld.accounts.users.Grants;
import nl.speelveld.accounts.users.Invitations;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.socialmap.SocialMapFixture;
import nl.speelveld.socialmap.freshness.EntryKind;
import nl.speelveld.socialmap.freshness.FreshnessFixture;
import nl.speelveld.socialmap.hsds.HsdsFixture;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockPart;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static nl.speelveld.security.AuthorisationMatrix.Outcome.ALLOWED;
import static nl.speelveld.security.AuthorisationMatrix.Outcome.FORBIDDEN;
import static nl.speelveld.security.AuthorisationMatrix.Outcome.SIGN_IN;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may use which endpoint of Speelveld: one row per endpoint (method and path pattern) with the outcome
 * for each kind of visitor, and an example request on data made here. The tests compare the rows with the
 * endpoints the running application has, so that a new endpoint cannot go without a decision on who may
 * use it.
 */
final class AuthorisationMatrix {

	/** The kinds of visitor, in the order of the matrix's columns. */
	enum Who {

		ANONYMOUS, RESIDENT, PROFESSIONAL, COORDINATOR_HERE, COORDINATOR_ELSEWHERE, ADMINISTRATOR

	}

	enum Outcome {

		/** Served: a 2xx, or a 3xx that is not a request to sign in. */
		ALLOWED,

		/** Asked to sign in: a redirect to the sign-in page, or 401 from the API. */
		SIGN_IN,

		/** Refused with 403. */
		FORBIDDEN

	}

	// The columns, in order: anonymous, resident, professional, coordinator of the gemeente concerned,
	// coordinator of another gemeente, administrator.

	static final Map<Who, Outcome> EVERYONE = access(ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED);

	static final Map<Who, Outcome> SIGNED_IN = access(SIGN_IN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED);

	/** The administration as such: administrators and every coordinator. */
	static final Map<Who, Outcome> ADMINISTRATION = access(SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED);

	/** Organisations and people of the gemeente concerned (Utrecht): its coordinator and administrators. */
	static final Map<Who, Outcome> UTRECHT = access(SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, ALLOWED);

	static final Map<Who, Outcome> ADMINISTRATORS = access(SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED);

	static final Map<Who, Outcome> NOBODY = access(SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN);

	/** Professionals' own work: everyone with the professional role or a higher one. */
	static final Map<Who, Outcome> PROFESSIONALS = access(SIGN_IN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED, ALLOWED);

	/** A social-map entry of Utrecht that the professional holds: they, Utrecht's coordinator and administrators. */
	static final Map<Who, Outcome> OWN_OR_UTRECHT = access(SIGN_IN, FORBIDDEN, ALLOWED, ALLOWED, FORBIDDEN, ALLOWED);

	/** Handled by Spring Security's filters, so no handler mapping lists them. */
	private static final Set<String> SECURITY_ENDPOINTS = Set.of("POST /inloggen/wachtwoord", "POST /inloggen/link",
			"POST /inloggen/link/bevestigen", "POST /uitloggen");

	/** Endpoints that take a POST only to carry a body and change nothing, so need no CSRF token. */
	static final Set<String> READS_BY_POST = Set.of("POST /api/v1/routing", "POST /api/v1/budgeting/tally");

	/** Every endpoint's row: the core's (areas, accounts, administration), the social map's and the wegwijzer's. */
	static final List<Row> ROWS = Stream.of(CoreRows.PUBLIC_AND_ACCOUNTS, SocialMapRows.PUBLIC, SocialMapRows.KEEPING, RoutingRows.WEGWIJZER,
			RoutingRows.KNOWLEDGE, RoutingRows.QUESTIONS, AssetRows.ASSETS, InitiativeRows.LISTING,
			InitiativeRows.LIFECYCLE, ProcessRows.PROCESSES, ModerationRows.DISCUSSION, ModerationRows.MODERATION,
			SurveyRows.SURVEYS, SurveyRows.MEETINGS, ChallengeRows.CHALLENGES, ProposalRows.PROPOSALS,
			BudgetingRows.TALLY, BudgetRoundRows.ROUNDS, NetworkRows.NETWORK, InsightsRows.INSIGHTS)
		.flatMap(List::stream)
		.toList();

	/**
	 * One endpoint: who may use it, and an example request. {@code answer} is the status of an allowed
	 * request when that is no 2xx or 3xx.
	 */
	record Row(String endpoint, Map<Who, Outcome> access,
			Function<AuthorisationMatrix, MockHttpServletRequestBuilder> example, @Nullable Integer answer) {

		Row answering(int status) {
			return new Row(this.endpoint, this.access, this.example, status);
		}

		String method() {
			return this.endpoint.substring(0, this.endpoint.indexOf(' '));
		}

		String pattern() {
			return this.endpoint.substring(this.endpoint.indexOf(' ') + 1);
		}

		/** Changes state: a POST, PUT, PATCH or DELETE, or any method at all. */
		boolean isWrite() {
			return Set.of("POST", "PUT", "PATCH", "DELETE", "ANY").contains(method()) && !READS_BY_POST.contains(this.endpoint);
		}

		/** What is wrong with this response for this visitor, or null when it is what the matrix says. */
		@Nullable String mismatch(Who who, MockHttpServletResponse response) {
			Outcome expected = this.access.get(who);
			Outcome actual = outcome(pattern(), response);
			boolean answered = expected == ALLOWED && this.answer != null && response.getStatus() == this.answer;
			if (expected == actual || answered) {
				return null;
			}
			return "%-50s as %-21s should be %-9s but was %s".formatted(this.endpoint, who, expected,
					describe(response));
		}

	}

	// The people of the columns and the things the examples name, made through the real repositories

	private final Map<Who, UserId> people = new EnumMap<>(Who.class);

	final UUID organisationInUtrecht;

	/** A professional of the organisation in Utrecht, whom the administration examples administer. */
	final UserId colleague;

	/** Signs in with the fixtures' password; not one of the columns, whose passwords the examples change. */
	final String passwordEmail;

	final String invitation;

	/** Entries on the social map that the examples show. */
	final SocialMapEntries socialMap;

	/**
	 * The professional's {@code post} in the Binnenstad is held through the work profile of the PROFESSIONAL
	 * column; {@code professional} is someone else's profile.
	 */
	record SocialMapEntries(UUID organisation, UUID professional, UUID place, UUID post, UUID service) {
	}

	/** A post in Utrecht, owned by someone, not confirmed for eight months. */
	final UUID stalePost;

	private final UserId stalePostOwner;

	private final FreshnessFixture freshness;

	private final SocialMapFixture socialMapFixture;

	private final UUID workProfile;

	private final UUID police;
	/** Entries the HSDS examples show. */
	final HsdsFixture.Entries hsds;

	final UUID serviceAtLocation;

	private final Grants grants;

	private final Invitations invitations;

	private final OneTimeTokenService oneTimeTokens;

	private final ApplicationContext context;

	private AuthorisationMatrix(ApplicationContext context) {
		this.context = context;
		var fixture = context.getBean(AccountsFixture.class);
		this.grants = context.getBean(Grants.class);
		this.invitations = context.getBean(Invitations.class);
		this.oneTimeTokens = context.getBean(OneTimeTokenService.class);
		this.organisationInUtrecht = fixture.organisation("Buurtwerk Utrecht", OrganisationType.WELZIJNSORGANISATIE,
				"GM0344");
		UUID inAmsterdam = fixture.organisation("Buurtwerk Amsterdam", OrganisationType.WELZIJNSORGANISATIE, "GM0363");
		this.people.put(Who.RESIDENT, fixture.person(AccountsFixture.email("bewoner"), "Bewoner"));
		this.people.put(Who.PROFESSIONAL, fixture.professional(AccountsFixture.email("opbouwwerker"),
				this.organisationInUtrecht));
		this.people.put(Who.COORDINATOR_HERE, fixture.coordinator(AccountsFixture.email("coordinator-utrecht"),
				this.organisationInUtrecht, new AreaCode("GM0344")));
		this.people.put(Who.COORDINATOR_ELSEWHERE, fixture.coordinator(AccountsFixture.email("coordinator-amsterdam"),
				inAmsterdam, new AreaCode("GM0363")));
		this.people.put(Who.ADMINISTRATOR, fixture.administrator(AccountsFixture.email("beheerder")));
		this.colleague = fixture.professional(AccountsFixture.email("collega"), this.organisationInUtrecht);
		this.passwordEmail = AccountsFixture.email("wachtwoord");
		fixture.person(this.passwordEmail, "Wachtwoord");
		this.invitation = newInvitation();
		var socialMap = context.getBean(SocialMapFixture.class);
		this.socialMapFixture = socialMap;
		UUID police = socialMap.organisation("Politie Utrecht Oost", "politie", "GM0344");
		this.police = police;
		UUID officer = socialMap.professional("Pim Proef");
		socialMap.post("wijkagent", police, officer, List.of("WK034406"), "veiligheid");
		this.workProfile = socialMap.professional("Olga Opbouw", person(Who.PROFESSIONAL).value());
		this.socialMap = new SocialMapEntries(police, officer,
				socialMap.place("Buurthuis Voorbeeld", "buurthuis", "WK034406", 52.09, 5.12), newPost(),
				socialMap.service("Spreekuur wijkagent", police, "WK034406"));
		this.stalePostOwner = fixture.person(AccountsFixture.email("eigenaar"), "Eigenaar");
		this.stalePost = socialMap.aPost("wijkagent", police)
			.covering("WK034406")
			.ownedBy(this.stalePostOwner.value())
			.confirmedOn(java.time.LocalDate.now().minusMonths(8))
			.save();
		this.freshness = context.getBean(FreshnessFixture.class);
		var hsds = context.getBean(HsdsFixture.class);
		this.hsds = hsds.utrecht();
		this.serviceAtLocation = hsds.serviceAtLocation(this.hsds);
	}

	/**
	 * Starts the write counters of the columns' people again: the matrix writes more in a minute than one
	 * person may, and the limit itself is tested elsewhere.
	 */
	void forgetWrites() {
		var limiter = bean(nl.speelveld.shared.ratelimit.RateLimiter.class);
		this.people.values().forEach(person -> limiter.reset("write:user:" + person));
	}

	/** A bean of the application, for rows whose examples make their own data through a fixture. */
	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** A small HSDS organization, new each time, for the upload example. */
	byte[] hsdsOrganization() {
		return ("{\"id\": \"" + UUID.randomUUID() + "\", \"name\": \"Speeltuin " + UUID.randomUUID()
				+ "\", \"description\": \"Een speeltuinvereniging.\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	/** New people and things, so that the examples of one test class do not depend on another's. */
	static AuthorisationMatrix create(ApplicationContext context) {
		return new AuthorisationMatrix(context);
	}

	/** Every endpoint the running application answers, as {@code GET /path/{variable}}. */
	static SortedSet<String> endpointsOf(ApplicationContext context) {
		SortedSet<String> endpoints = new TreeSet<>(SECURITY_ENDPOINTS);
		// The application's own controllers, springdoc's and the actuator's
		for (var mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
			mapping.getHandlerMethods().keySet().forEach(info -> {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				List<String> names = methods.isEmpty() ? List.of("ANY") : methods.stream().map(Enum::name).toList();
				names.forEach(method -> info.getPatternValues().forEach(path -> endpoints.add(method + " " + path)));
			});
		}
		if (context.getBeanProvider(ClientRegistrationRepository.class).getIfAvailable() != null) {
			endpoints.add("GET /oauth2/authorization/{registrationId}");
			endpoints.add("GET /login/oauth2/code/{registrationId}");
		}
		return endpoints;
	}

	/** The example request of a row, fresh: some examples use up what they name. */
	MockHttpServletRequestBuilder example(Row row) {
		return row.example().apply(this);
	}

	/** Signs the request in as this visitor; the application reads their roles from the database by user id. */
	RequestPostProcessor as(Who who) {
		UserId person = this.people.get(who);
		return person == null ? request -> request : user(person.toString());
	}

	/** The person of a column; there is none for anonymous visitors. */
	UserId person(Who who) {
		return Objects.requireNonNull(this.people.get(who), who.name());
	}

	String signInToken() {
		return this.oneTimeTokens.generate(new GenerateOneTimeTokenRequest(person(Who.RESIDENT).toString()))
			.getTokenValue();
	}

	String newInvitation() {
		return this.invitations.create(AccountsFixture.email("uitnodiging"), this.organisationInUtrecht,
				Role.PROFESSIONAL, null, null);
	}

	/** A new link that confirms the stale post: one per example, as a link works once. */
	String confirmationToken() {
		return this.freshness.linkToken(this.stalePostOwner.value(), EntryKind.POST, this.stalePost);
	}

	/** A post in the Binnenstad that the professional holds and answers for: each example ends its own. */
	UUID newPost() {
		return this.socialMapFixture.aPost("opbouwwerker", this.police)
			.heldBy(this.workProfile)
			.ownedBy(person(Who.PROFESSIONAL).value())
			.covering("WK034406")
			.save();
	}

	/** The fields of a valid post in the Binnenstad, for making and changing posts. */
	MockHttpServletRequestBuilder postForm(MockHttpServletRequestBuilder request) {
		return request.param("rol", "opbouwwerker")
			.param("organisatie", this.socialMap.organisation().toString())
			.param("titel", "Opbouwwerker Binnenstad")
			.param("gebied", "WK034406")
			.param("themas", "zelforganisatie");
	}

	/** The colleague's professional grant, given again if an earlier example revoked it. */
	UUID colleaguesGrant() {
		return this.grants.add(this.colleague, Role.PROFESSIONAL, this.organisationInUtrecht, null, null);
	}

	/** The outcome this response stands for, or null when it stands for none (a failure, say). */
	static @Nullable Outcome outcome(String path, MockHttpServletResponse response) {
		int status = response.getStatus();
		boolean api = path.startsWith("/api/");
		if (status == 403) {
			return FORBIDDEN;
		}
		if (status == 401) {
			return api ? SIGN_IN : null;
		}
		if (isSignInRedirect(response)) {
			return api ? null : SIGN_IN;
		}
		return status >= 200 && status < 400 ? ALLOWED : null;
	}

	static String describe(MockHttpServletResponse response) {
		String location = response.getRedirectedUrl();
		return response.getStatus() + (location == null ? "" : " to " + location);
	}

	/** The sign-in page itself, not a page after signing in or out ({@code /inloggen?melding=...}). */
	private static boolean isSignInRedirect(MockHttpServletResponse response) {
		String location = response.getRedirectedUrl();
		if (response.getStatus() / 100 != 3 || location == null) {
			return false;
		}
		URI target = URI.create(location);
		return "/inloggen".equals(target.getPath()) && target.getQuery() == null;
	}

	/** A form with one file, {@code bestand}, as a browser uploads it. */
	static MockHttpServletRequestBuilder upload(String path, String csv) {
		return post(path).contentType(MediaType.MULTIPART_FORM_DATA).with(request -> {
			request.addPart(new MockPart("bestand", "posten.csv", csv.getBytes(StandardCharsets.UTF_8)));
			return request;
		});
	}

	static Row row(String endpoint, Map<Who, Outcome> access,
			Function<AuthorisationMatrix, MockHttpServletRequestBuilder> example) {
		return new Row(endpoint, access, example, null);
	}

	private static Map<Who, Outcome> access(Outcome... inColumnOrder) {
		Map<Who, Outcome> access = new EnumMap<>(Who.class);
		Arrays.stream(Who.values()).forEach(who -> access.put(who, inColumnOrder[who.ordinal()]));
		return Collections.unmodifiableMap(access);
	}

}
