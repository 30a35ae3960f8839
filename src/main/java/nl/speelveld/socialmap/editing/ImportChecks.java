package nl.speelveld.socialmap.editing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.roles.RoleType;

/**
 * Checks the lines of one import, with the same readers as the forms, and remembers what it looked up
 * (organisations, accounts, areas in scope), as a file names the same ones on many lines.
 */
final class ImportChecks {

	private final Map<String, Integer> header;

	private final EntryFields fields;

	private final Editors.Scope scope;

	private final OrganisationWrites organisations;

	private final Permissions permissions;

	private final Map<String, Optional<UUID>> organisationsByName = new HashMap<>();

	private final Map<String, Optional<UserId>> accountsByEmail = new HashMap<>();

	private final Map<String, Integer> keys = new HashMap<>();

	/** Organisations that an earlier line put on the map, by name: later lines need not repeat the type. */
	private final Map<String, OrganisationType> added = new HashMap<>();

	private boolean refused;

	ImportChecks(Map<String, Integer> header, EntryFields fields, Editors.Scope scope, OrganisationWrites organisations,
			Permissions permissions) {
		this.header = header;
		this.fields = fields;
		this.scope = scope;
		this.organisations = organisations;
		this.permissions = permissions;
	}

	/** Whether a line named an area outside the person's scope. */
	boolean refused() {
		return this.refused;
	}

	Optional<ImportLine> check(CsvTable.Row row, List<ImportProblem> found) {
		int columns = this.header.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
		boolean extraFilled = row.fields().stream().skip(columns).anyMatch(field -> !field.isBlank());
		if (row.fields().size() < columns || extraFilled) {
			found.add(new ImportProblem(row.line(), null, "import.row.columns",
					List.of(String.valueOf(row.fields().size()), String.valueOf(columns))));
			return Optional.empty();
		}
		Problems problems = new Problems();
		List<AreaCode> areas = this.fields.areas(List.of(cell(row, "gebieden")), "gebieden", true, problems);
		RoleType role = this.fields.role(cell(row, "rol"), areas.isEmpty() ? null : areas.get(0).gemeente(), "rol",
				problems);
		String title = this.fields.text(cell(row, "titel"), "titel", 2, 200, problems);
		String organisationName = cell(row, "organisatie");
		UUID organisation = null;
		OrganisationType newType = null;
		if (organisationName.isEmpty()) {
			problems.add("organisatie", "import.row.organisation-missing");
		}
		else if (ContactFields.hasControlCharacters(organisationName)) {
			problems.add("organisatie", "edit.text.control");
		}
		else {
			organisation = organisation(organisationName, areas).orElse(null);
			if (organisation == null) {
				this.fields.text(organisationName, "organisatie", 2, 200, problems);
				newType = newType(organisationName, cell(row, "organisatietype"), problems);
				organisation = PostDraft.NOT_YET_ON_THE_MAP;
			}
		}
		String name = cell(row, "naam");
		if (!name.isEmpty()) {
			this.fields.text(name, "naam", 2, 120, problems);
		}
		List<String> themes = this.fields.themes(themeParts(cell(row, "themas")), "themas", problems);
		String availability = this.fields.text(cell(row, "bereikbaarheid"), "bereikbaarheid", 0, 500, problems);
		List<String> languages = this.fields.languages(EntryFields.split(cell(row, "talen")), "talen", problems);
		LocalDate starts = this.fields.date(cell(row, "begin"), "begin", problems);
		LocalDate ends = this.fields.date(cell(row, "einde"), "einde", problems);
		if (starts != null && ends != null && ends.isBefore(starts)) {
			problems.add("einde", "edit.date.end-before-start");
		}
		String email = ContactFields.email(cell(row, "email"), "email", problems);
		String phone = ContactFields.phone(cell(row, "telefoon"), "telefoon", problems);
		String website = ContactFields.website(cell(row, "website"), "website", problems);
		Optional<UserId> owner = owner(cell(row, "eigenaar"), problems);
		areas.stream().filter(area -> !this.scope.covers(area)).findFirst().ifPresent(outside -> {
			problems.refuse("gebieden", "import.row.outside-scope", outside.value());
			this.refused = true;
		});
		if (problems.isEmpty()) {
			String key = (organisation == PostDraft.NOT_YET_ON_THE_MAP ? organisationName.toLowerCase(Locale.ROOT)
					: organisation.toString()) + "|" + role.code() + "|" + title.toLowerCase(Locale.ROOT) + "|"
					+ Arrays.toString(areas.stream().map(AreaCode::value).sorted().toArray());
			Integer first = this.keys.putIfAbsent(key, row.line());
			if (first != null) {
				problems.add("titel", "import.row.duplicate", String.valueOf(first));
			}
		}
		problems.all().forEach((column, complaint) -> found.add(new ImportProblem(row.line(),
				complaint.key().startsWith("edit.text.") ? column : null, complaint.key(), complaint.arguments())));
		if (!problems.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new ImportLine(row.line(), new PostDraft(role.code(), organisation, title, areas, themes,
				availability, languages, starts, ends, email, phone, website), organisationName, newType, name, owner));
	}

	private String cell(CsvTable.Row row, String column) {
		Integer position = this.header.get(column);
		return position == null || position >= row.fields().size() ? "" : row.fields().get(position).strip();
	}

	private Optional<UUID> organisation(String name, List<AreaCode> areas) {
		List<AreaCode> gemeenten = areas.stream().map(AreaCode::gemeente).distinct().toList();
		return this.organisationsByName.computeIfAbsent(name.toLowerCase(Locale.ROOT) + "|" + gemeenten,
				key -> this.organisations.named(name, gemeenten));
	}

	private @org.jspecify.annotations.Nullable OrganisationType newType(String organisation, String type, Problems problems) {
		OrganisationType earlier = this.added.get(organisation.toLowerCase(Locale.ROOT));
		if (type.isEmpty() && earlier != null) {
			return earlier;
		}
		if (type.isEmpty()) {
			problems.add("organisatie", "import.row.organisation-unknown", ContactFields.shorten(organisation));
			return null;
		}
		Optional<OrganisationType> known = OrganisationType.fromKey(type.toLowerCase(Locale.ROOT));
		if (known.isEmpty()) {
			problems.add("organisatietype", "import.row.organisation-type", ContactFields.shorten(type),
					String.join(", ", Arrays.stream(OrganisationType.values()).map(OrganisationType::key).toList()));
		}
		known.ifPresent(found -> this.added.putIfAbsent(organisation.toLowerCase(Locale.ROOT), found));
		return known.orElse(null);
	}

	private Optional<UserId> owner(String email, Problems problems) {
		if (email.isEmpty() || ContactFields.email(email, "eigenaar", problems) == null || problems.has("eigenaar")) {
			return Optional.empty();
		}
		Optional<UserId> account = this.accountsByEmail.computeIfAbsent(email.toLowerCase(Locale.ROOT),
				key -> this.permissions.accountWithEmail(email));
		if (account.isEmpty()) {
			problems.add("eigenaar", "import.row.owner-unknown", ContactFields.shorten(email));
		}
		return account;
	}

	/** Themes are separated by bars, commas or semicolons; codes may also be separated by spaces. */
	private List<String> themeParts(String cell) {
		List<String> parts = new ArrayList<>();
		for (String part : cell.split("[|,;]")) {
			List<String> words = Arrays.asList(part.strip().split("\\s+"));
			if (words.size() > 1 && !this.fields.isTheme(part) && words.stream().allMatch(this.fields::isTheme)) {
				parts.addAll(words);
			}
			else {
				parts.add(part);
			}
		}
		return parts;
	}

}
