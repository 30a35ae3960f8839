package nl.speelveld.roles.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.speelveld.roles.FocusTheme;
import nl.speelveld.roles.Goal;
import nl.speelveld.roles.RoleType;
import nl.speelveld.roles.Roles;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Roles", description = "The role typology: role types, their goals and focus themes")
class RoleApiController {

	private final Roles roles;

	RoleApiController(Roles roles) {
		this.roles = roles;
	}

	/** Names and definitions in the language of {@code Accept-Language} (Dutch unless English is asked for). */
	@GetMapping("/roles")
	@Operation(summary = "Every role type with its goal weights (G1, G2), focus themes and local job titles")
	List<RoleResponse> roles(Locale locale) {
		return this.roles.all().stream().map(role -> RoleResponse.of(role, locale)).toList();
	}

	@GetMapping("/roles/{code}")
	@Operation(summary = "One role type")
	RoleResponse role(@PathVariable String code, Locale locale) {
		return RoleResponse.of(this.roles.get(code), locale);
	}

	@GetMapping("/focus-themes")
	@Operation(summary = "The focus themes and the goal each serves")
	List<ThemeResponse> themes(Locale locale) {
		return this.roles.themes().stream().map(theme -> ThemeResponse.of(theme, locale)).toList();
	}

	record RoleResponse(String code, String name, String definition, Map<String, BigDecimal> goals,
			List<String> focus, List<String> aliases, List<String> employerTypes, @Nullable Integer normInhabitants) {

		static RoleResponse of(RoleType role, Locale locale) {
			return new RoleResponse(role.code(), role.name(locale), role.definition(locale),
					Map.of(Goal.G1.name(), role.weightG1(), Goal.G2.name(), role.weightG2()), role.focus(),
					role.aliases().stream().map(RoleType.Alias::title).toList(), role.employerTypes(),
					role.normInhabitants());
		}

	}

	record ThemeResponse(String code, String goal, String name) {

		static ThemeResponse of(FocusTheme theme, Locale locale) {
			return new ThemeResponse(theme.code(), theme.goal().name(), theme.name(locale));
		}

	}

}
