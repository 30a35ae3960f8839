package nl.speelveld.roles;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.speelveld.SpeelveldTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@SpeelveldTest
class RoleApiControllerTests {

	/** The codes of domain.md, section 2, which the routing data and integrations rely on. */
	static final Set<String> DOMAIN_CODES = Set.of("dorpsondersteuner", "sociaal-makelaar", "opbouwwerker",
			"wijkregisseur", "wijkagent", "scharrelambtenaar", "ideeenmakelaar", "wijkcoordinator", "gebiedsmakelaar",
			"participatiemakelaar", "buurtsportcoach", "kwartiermaker", "buurtconcierge", "wijkbeheerder",
			"wijkverpleegkundige", "welzijnswerker", "sociaal-wijkteam", "jongerenwerker", "buurtbemiddelaar");

	@Autowired
	MockMvcTester mvc;

	@Test
	void listsTheNineteenSeededRoleTypesWithGoalsAndFocus() {
		var response = this.mvc.get().uri("/api/v1/roles").exchange();

		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson().extractingPath("$[*].code").asArray().containsAll(DOMAIN_CODES);
		assertThat(response).bodyJson().extractingPath("$[?(@.code == 'wijkagent')].goals.G1").asArray().containsExactly(1.0);
		assertThat(response).bodyJson().extractingPath("$[?(@.code == 'participatiemakelaar')].goals.G2").asArray().containsExactly(1.0);
		assertThat(response).bodyJson().extractingPath("$[?(@.code == 'wijkagent')].focus[*]").asArray()
			.contains("veiligheid", "overlast");
		assertThat(response).bodyJson().extractingPath("$[?(@.code == 'wijkregisseur')].aliases[*]").asArray()
			.contains("gebiedsregisseur", "wijkmanager");
	}

	@Test
	void speaksEnglishWhenAskedTo() {
		assertThat(this.mvc.get().uri("/api/v1/roles/wijkagent").header("Accept-Language", "en")).bodyJson()
			.extractingPath("$.name").isEqualTo("Neighbourhood police officer");
		assertThat(this.mvc.get().uri("/api/v1/roles/wijkagent")).bodyJson()
			.extractingPath("$.name").isEqualTo("Wijkagent");
	}

	@Test
	void anUnknownRoleIsAProblemNotAnError() {
		var response = this.mvc.get().uri("/api/v1/roles/astronaut").exchange();

		assertThat(response).hasStatus(404);
		assertThat(response).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void everyFocusThemeOfARoleExistsAndServesAGoal(@Autowired Roles roles) {
		Set<String> themes = roles.themes().stream().map(FocusTheme::code).collect(Collectors.toSet());
		List<String> used = roles.all().stream().flatMap(role -> role.focus().stream()).toList();

		assertThat(themes).containsAll(used);
		assertThat(roles.themes()).extracting(FocusTheme::goal).contains(Goal.G1, Goal.G2);
		assertThat(roles.all()).allSatisfy(role -> assertThat(role.focus()).isNotEmpty());
	}

	@Test
	void recognisesLocalJobTitles(@Autowired Roles roles) {
		assertThat(roles.recognise("Gebiedsregisseur", null)).map(RoleType::code).contains("wijkregisseur");
		assertThat(roles.recognise("initiatievenmakelaar", null)).map(RoleType::code).contains("ideeenmakelaar");
		assertThat(roles.recognise("Wijkagent", null)).map(RoleType::code).contains("wijkagent");
		assertThat(roles.recognise("astronaut", null)).isEmpty();
	}

}
