package nl.speelveld.socialmap.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.speelveld.accounts.Employer;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;
import nl.speelveld.areas.AreaNotFound;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.roles.FocusTheme;
import nl.speelveld.roles.RoleType;
import nl.speelveld.roles.Roles;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the social-map forms offer to choose from: the organisations and areas near the person's work (the
 * gemeenten of their employers and of the areas they coordinate), the themes of a role before the others,
 * and the person's own employer as organisation.
 */
@Component
public class Choices {

	private static final int MAX_ORGANISATIONS = 1000;

	private final Permissions permissions;

	private final Areas areas;

	private final Roles roles;

	private final JdbcClient jdbc;

	Choices(Permissions permissions, Areas areas, Roles roles, JdbcClient jdbc) {
		this.permissions = permissions;
		this.areas = areas;
		this.roles = roles;
		this.jdbc = jdbc;
	}

	/** The gemeenten of the person's employers and scopes, and of the areas of the entry being edited. */
	public List<AreaCode> gemeenten(Collection<AreaCode> entryAreas) {
		Set<AreaCode> gemeenten = new LinkedHashSet<>();
		this.permissions.employers().forEach(employer -> gemeenten.addAll(employer.gemeenten()));
		this.permissions.coordinatorScopes().forEach(scope -> gemeenten.add(scope.gemeente()));
		entryAreas.forEach(area -> gemeenten.add(area.gemeente()));
		return List.copyOf(gemeenten);
	}

	/** Each gemeente with its wijken, to tick; a gemeente the area data lacks is left out. */
	public List<AreaGroup> areaGroups(List<AreaCode> gemeenten) {
		List<AreaGroup> groups = new ArrayList<>();
		for (AreaCode gemeente : gemeenten) {
			try {
				var area = this.areas.area(gemeente, null);
				groups.add(new AreaGroup(area.summary(),
						area.children().stream().filter(child -> child.level() == AreaLevel.WIJK).toList()));
			}
			catch (AreaNotFound gone) {
				// a code from an older year: it stays in the text field instead
			}
		}
		return groups;
	}

	/** The organisations to choose from: the person's employers first, then those on the map near their work. */
	public List<OrganisationOption> organisations(List<AreaCode> gemeenten, @Nullable UUID current) {
		List<OrganisationOption> options = new ArrayList<>();
		Set<String> onTheMap = new java.util.HashSet<>();
		boolean everywhere = gemeenten.isEmpty();
		this.jdbc.sql("""
				select o.id, o.name, o.type from smap_organisation o
				where :everywhere or o.id = :current
				   or exists (select 1 from smap_organisation_area a where a.organisation_id = o.id
				              and substr(a.area_code, 3, 4) = any(:gemeenten))
				order by lower(o.name) limit :limit""")
			.param("everywhere", everywhere)
			.param("current", current)
			.param("gemeenten", gemeenten.stream().map(code -> code.value().substring(2, 6)).toArray(String[]::new))
			.param("limit", MAX_ORGANISATIONS)
			.query((rs, n) -> new OrganisationOption(rs.getString(1), rs.getString(2), rs.getString(3), false))
			.list()
			.forEach(option -> {
				options.add(option);
				onTheMap.add(option.name().toLowerCase(java.util.Locale.ROOT));
			});
		List<OrganisationOption> employers = this.permissions.employers()
			.stream()
			.filter(employer -> !onTheMap.contains(employer.name().toLowerCase(java.util.Locale.ROOT)))
			.map(employer -> new OrganisationOption("werkgever:" + employer.id(), employer.name(), employer.type().key(),
					true))
			.toList();
		List<OrganisationOption> all = new ArrayList<>(employers);
		all.addAll(options);
		return all;
	}

	/** The value of the organisation to choose first: the person's own employer, on the map or not. */
	public String defaultOrganisation(List<OrganisationOption> options) {
		for (Employer employer : this.permissions.employers()) {
			for (OrganisationOption option : options) {
				if (option.name().equalsIgnoreCase(employer.name())) {
					return option.value();
				}
			}
		}
		return "";
	}

	/** The person's employer behind a {@code werkgever:} value, if it is theirs. */
	public Optional<Employer> employer(String value) {
		if (!value.startsWith("werkgever:")) {
			return Optional.empty();
		}
		String id = value.substring("werkgever:".length());
		return this.permissions.employers().stream().filter(employer -> employer.id().toString().equals(id)).findFirst();
	}

	/** The themes of the role first, then all others; without a role, all themes in the typology's order. */
	public ThemeChoice themes(@Nullable String roleCode) {
		Optional<RoleType> role = roleCode == null ? Optional.empty() : this.roles.find(roleCode);
		List<String> ofRole = role.map(RoleType::focus).orElse(List.of());
		List<FocusTheme> first = new ArrayList<>();
		List<FocusTheme> others = new ArrayList<>();
		for (FocusTheme theme : this.roles.themes()) {
			(ofRole.contains(theme.code()) ? first : others).add(theme);
		}
		return new ThemeChoice(first, others);
	}

	public List<RoleType> roles() {
		return this.roles.all();
	}

	public Optional<AreaSummary> area(AreaCode code) {
		return this.areas.summary(code);
	}

}
