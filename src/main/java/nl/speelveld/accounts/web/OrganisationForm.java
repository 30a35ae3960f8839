package nl.speelveld.accounts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.users.Organisation;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;
import nl.speelveld.areas.AreaNames;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;

/**
 * The organisation form: a name, a type and the gemeenten it works in, typed as names or CBS codes
 * separated by commas: {@code Utrecht, Houten} or {@code GM0344, GM0321}.
 */
public record OrganisationForm(String naam, String soort, String gemeenten) {

	public OrganisationForm {
		naam = naam == null ? "" : naam;
		soort = soort == null ? "" : soort;
		gemeenten = gemeenten == null ? "" : gemeenten;
	}

	static OrganisationForm of(Organisation organisation) {
		return new OrganisationForm(organisation.name(), organisation.type().key(),
				organisation.gemeenten().stream().map(AreaCode::value).collect(Collectors.joining(", ")));
	}

	Optional<OrganisationType> type() {
		return OrganisationType.fromKey(this.soort);
	}

	/** The gemeenten named in the form; what is wrong goes into {@code problems} by field. */
	List<AreaCode> check(Areas areas, Map<String, String> problems) {
		String name = this.naam.strip();
		if (name.length() < 2 || name.length() > 200) {
			problems.put("naam", "admin.organisation.name-invalid");
		}
		if (type().isEmpty()) {
			problems.put("soort", "admin.organisation.type-invalid");
		}
		List<AreaCode> codes = new ArrayList<>();
		for (String part : this.gemeenten.split("[,;\\n]")) {
			if (part.isBlank()) {
				continue;
			}
			Optional<AreaCode> code = AreaCode.tryParse(part).filter(c -> c.level() == AreaLevel.GEMEENTE)
				.or(() -> byName(areas, part));
			if (code.isEmpty()) {
				problems.put("gemeenten", "admin.organisation.gemeente-unknown");
			}
			code.filter(c -> !codes.contains(c)).ifPresent(codes::add);
		}
		if (codes.isEmpty() && !problems.containsKey("gemeenten")) {
			problems.put("gemeenten", "admin.organisation.gemeenten-missing");
		}
		return codes;
	}

	private static Optional<AreaCode> byName(Areas areas, String name) {
		String key = AreaNames.searchKey(name);
		return areas.list(AreaLevel.GEMEENTE, null, name.strip(), 0, 50)
			.items()
			.stream()
			.filter(gemeente -> AreaNames.searchKey(gemeente.name()).equals(key))
			.map(AreaSummary::code)
			.findFirst();
	}

}
