package nl.speelveld.accounts.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.accounts.audit.AuditLog;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.socialmap.SocialMapFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A person's download holds every row that refers to them, wherever in the schema it is; after erasure no
 * column anywhere holds their address, name, password or provider identity. Both checks walk the whole
 * database, so a table added later that refers to people is covered without changing this test.
 */
@SpeelveldTest
class PersonalDataTests {

	/** Technical tables that hold no personal data, or only as a hash or serialized session. */
	private static final Set<String> NOT_PERSONAL = Set.of("flyway_schema_history", "scheduled_tasks",
			"shared_rate_limit", "spring_session_attributes", "area_area", "area_postcode", "area_import");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountsFixture fixture;

	@Autowired
	PersonalData personalData;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	SocialMapFixture socialMap;

	private String email;

	private UserId person;

	/** A post on the social map that the person holds through their work profile and answers for. */
	private UUID post;

	@BeforeEach
	void aPersonWhoLeftTracesEverywhere() throws Exception {
		this.email = AccountsFixture.email("spoorzoeker");
		var organisation = this.fixture.organisation("Spoorwerk " + UUID.randomUUID(), OrganisationType.WELZIJNSORGANISATIE, "GM0344");
		this.person = this.fixture.coordinator(this.email, organisation, new AreaCode("GM0344"));
		this.jdbc.sql("insert into acc_oidc_identity (issuer, subject_hash, user_id) values ('https://idp.example', ?, ?)")
			.params("hash-" + UUID.randomUUID(), this.person.value())
			.update();
		var signedIn = this.mvc.post().uri("/inloggen/wachtwoord").param("email", this.email)
			.param("wachtwoord", AccountsFixture.PASSWORD).with(csrf()).exchange();
		assertThat(signedIn).hasRedirectedUrl("/account");
		var session = signedIn.getResponse().getCookie("SPEELVELD_SESSION");
		assertThat(this.mvc.post().uri("/beheer/organisaties/" + organisation + "/uitnodigingen").cookie(session)
			.param("email", AccountsFixture.email("collega")).param("rol", "professional").with(csrf()))
			.hasRedirectedUrl("/beheer/organisaties/" + organisation);
		assertThat(this.mvc.post().uri("/inloggen/link").param("email", this.email).with(csrf()))
			.hasRedirectedUrl("/inloggen/link-verstuurd");
		UUID workplace = this.socialMap.organisation("Spoorwerk " + UUID.randomUUID(), "welzijnsorganisatie", "GM0344");
		UUID profile = this.socialMap.professional("Coördinator Test", this.person.value());
		this.post = this.socialMap.aPost("opbouwwerker", workplace).heldBy(profile).ownedBy(this.person.value())
			.covering("WK034406").save();
		signInAs(this.person);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theDownloadHoldsEveryRowThatRefersToThePerson() {
		Map<String, Integer> referring = rowsReferringTo(List.of(this.person.toString(), this.email));
		assertThat(referring).as("the fixture leaves traces in many tables")
			.containsKeys("acc_user", "acc_grant", "acc_membership", "acc_oidc_identity", "acc_invitation", "acc_audit",
					"one_time_tokens", "spring_session", "shared_outbox", "smap_professional", "smap_post");

		JsonNode download = this.json.valueToTree(this.personalData.export(this.person));

		Map<String, Integer> exported = new HashMap<>();
		download.path("sections").forEach(section -> section.forEach(row -> exported.merge(row.path("table").asString(), 1, Integer::sum)));
		referring.forEach((table, rows) -> assertThat(exported.getOrDefault(table, 0))
			.as("rows of %s in the download", table).isGreaterThanOrEqualTo(rows));
		assertThat(download.toString()).doesNotContain("$2a$", "{bcrypt}");
	}

	@Test
	void theDownloadIsOnlyForThePersonThemselves() {
		UserId someoneElse = this.fixture.person(AccountsFixture.email("nieuwsgierig"), "Nieuwsgierig");
		signInAs(someoneElse);

		assertThat(this.mvc.get().uri("/account/gegevens")).as("without signing in").hasRedirectedUrl("/inloggen");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.personalData.export(this.person))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void afterErasureNoColumnAnywhereHoldsThePersonsData() {
		String name = "Coördinator Test";
		String passwordHash = this.jdbc.sql("select password_hash from acc_user where id = ?").param(this.person.value())
			.query(String.class).single();
		String subjectHash = this.jdbc.sql("select subject_hash from acc_oidc_identity where user_id = ?")
			.param(this.person.value()).query(String.class).single();

		this.personalData.erase(this.person);

		assertThat(rowsReferringTo(List.of(this.email, passwordHash, subjectHash))).as("tables still holding the data").isEmpty();
		assertThat(this.jdbc.sql("select count(*) from acc_user where id = ? and display_name = ?")
			.params(this.person.value(), name).query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from acc_audit where actor_id = ? and ip_prefix is not null")
			.param(this.person.value()).query(Long.class).single()).as("network prefixes of the person's actions").isZero();
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(this.person.toString()).query(Long.class).single()).as("sessions").isZero();
		assertThat(this.mvc.post().uri("/inloggen/wachtwoord").param("email", this.email)
			.param("wachtwoord", AccountsFixture.PASSWORD).with(csrf())).as("signing in again")
			.hasRedirectedUrl("/inloggen?melding=wachtwoord");
		assertThat(this.jdbc.sql("select count(*) from smap_professional where user_id = ?").param(this.person.value())
			.query(Long.class).single()).as("the work profile").isZero();
		assertThat(this.jdbc.sql("select professional_id is null and owner_id is null and contact_email is null from smap_post"
				+ " where id = ?").param(this.post).query(Boolean.class).single())
			.as("the post stays on the map as a vacancy, without name, owner or personal contact").isTrue();
	}

	/** Per table, how many rows have a text-like column equal to, or containing, one of the values. */
	private Map<String, Integer> rowsReferringTo(List<String> values) {
		List<Map<String, Object>> columns = this.jdbc.sql("""
				select table_name, column_name from information_schema.columns
				where table_schema = current_schema()
				  and data_type in ('uuid', 'text', 'character varying', 'character', 'jsonb')""").query().listOfRows();
		Map<String, List<String>> byTable = new HashMap<>();
		for (Map<String, Object> column : columns) {
			String table = (String) column.get("table_name");
			if (!NOT_PERSONAL.contains(table)) {
				byTable.computeIfAbsent(table, t -> new ArrayList<>()).add((String) column.get("column_name"));
			}
		}
		Map<String, Integer> found = new HashMap<>();
		byTable.forEach((table, names) -> {
			List<String> conditions = new ArrayList<>();
			for (String name : names) {
				for (int i = 0; i < values.size(); i++) {
					conditions.add("position(lower(:v" + i + ") in lower(\"" + name + "\"::text)) > 0");
				}
			}
			var query = this.jdbc.sql("select count(*) from \"" + table + "\" where " + String.join(" or ", conditions));
			for (int i = 0; i < values.size(); i++) {
				query = query.param("v" + i, values.get(i));
			}
			int rows = query.query(Integer.class).single();
			if (rows > 0) {
				found.put(table, rows);
			}
		});
		return found;
	}

	private static void signInAs(UserId user) {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				user.toString(), null, AuthorityUtils.createAuthorityList("ROLE_RESIDENT")));
	}

}
