package nl.speelveld.socialmap.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.socialmap.Post;
import nl.speelveld.socialmap.Professional;
import nl.speelveld.socialmap.SocialMap;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts many posts on the social map at once from a CSV file (the README lists the columns). Every line is
 * checked before anything is saved, and everything is saved in one transaction, so a file with one bad
 * line changes nothing. A post is known by its organisation, role, title and areas: a line that meets a
 * post with the same four updates it, so importing the same file again adds nothing.
 */
@Service
public class PostImport {

	/** Larger files are refused before they are read. */
	public static final int MAX_BYTES = 2 * 1024 * 1024;

	public static final int MAX_ROWS = 10_000;

	private final EntryFields fields;

	private final Editors editors;

	private final SocialMap socialMap;

	private final PostWrites posts;

	private final OrganisationWrites organisations;

	private final ProfessionalWrites professionals;

	private final Permissions permissions;

	PostImport(EntryFields fields, Editors editors, SocialMap socialMap, PostWrites posts,
			OrganisationWrites organisations, ProfessionalWrites professionals, Permissions permissions) {
		this.fields = fields;
		this.editors = editors;
		this.socialMap = socialMap;
		this.posts = posts;
		this.organisations = organisations;
		this.professionals = professionals;
		this.permissions = permissions;
	}

	/**
	 * An example file to start from, as Dutch spreadsheets write CSV: semicolons, UTF-8 with a byte order
	 * mark (so that Excel reads the accents right), and every column the import knows.
	 */
	public static final String EXAMPLE = "\uFEFF" + String.join("\r\n",
			"rol;titel;organisatie;organisatietype;naam;gebieden;thema's;bereikbaarheid;talen;email;telefoon;website;begin;einde;eigenaar",
			"wijkagent;Wijkagent Binnenstad;Politie Utrecht Binnenstad;politie;Wanda Voorbeeld;WK034406;veiligheid|overlast;"
					+ "ma t/m vr 9-17 uur;nl|en;wijkagent.binnenstad@example.org;0900 8844;https://www.politie.nl;01-01-2025;;",
			"Sociaal makelaar;Sociaal makelaar Zuid en Zuidwest;Buurtwerk Voorbeeld;welzijnsorganisatie;;WK034407 WK034408;"
					+ "eenzaamheid|ontmoeting;\"di en do, ook 's avonds\";nl;zuid@example.org;030 123 45 67;;2025-03-01;;",
			"buurtconcierge;Buurtconciërge Domplein;Buurtwerk Voorbeeld;;Bas Voorbeeld;BU03440611;openbare-ruimte;;nl;;;;;31-12-2026;",
			"");

	@PreAuthorize("@permissions.isCoordinatorOrAdministrator()")
	public String example() {
		return EXAMPLE;
	}

	@PreAuthorize("@permissions.isCoordinatorOrAdministrator()")
	@Transactional
	public ImportResult importPosts(byte[] file) {
		if (file.length > MAX_BYTES) {
			return ImportResult.failed(List.of(new ImportProblem(0, null, "import.file.too-large",
					List.of(String.valueOf(MAX_BYTES / 1024 / 1024)))), false);
		}
		CsvTable table;
		try {
			table = CsvTable.parse(file, MAX_ROWS);
		}
		catch (CsvTable.Unreadable unreadable) {
			return ImportResult.failed(List.of(new ImportProblem(unreadable.line(), null, unreadable.key(),
					List.of(String.valueOf(MAX_ROWS)))), false);
		}
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, Integer> header = ImportColumns.read(table.rows().get(0), problems);
		if (!problems.isEmpty()) {
			return ImportResult.failed(problems, false);
		}
		ImportChecks checks = new ImportChecks(header, this.fields, this.editors.scope(), this.organisations,
				this.permissions);
		List<ImportLine> lines = new ArrayList<>();
		for (CsvTable.Row row : table.rows().subList(1, table.rows().size())) {
			if (!row.isBlank()) {
				checks.check(row, problems).ifPresent(lines::add);
			}
		}
		if (lines.isEmpty() && problems.isEmpty()) {
			problems.add(new ImportProblem(0, null, "import.file.no-rows", List.of()));
		}
		if (!problems.isEmpty()) {
			return ImportResult.failed(problems, checks.refused());
		}
		return save(lines);
	}

	private ImportResult save(List<ImportLine> lines) {
		UUID me = this.editors.me().orElse(null);
		Map<String, UUID> newOrganisations = new LinkedHashMap<>();
		int added = 0;
		int updated = 0;
		for (ImportLine line : lines) {
			PostDraft post = line.post();
			if (line.newOrganisation() != null) {
				UUID organisation = newOrganisations.computeIfAbsent(line.organisationName().toLowerCase(Locale.ROOT),
						name -> newOrganisation(line, lines, me));
				post = post.at(organisation);
			}
			Optional<UUID> existing = this.posts.withKey(post.organisation(), post.roleCode(), post.title(), post.areas());
			if (existing.isPresent()) {
				this.posts.update(existing.get(), post, holder(line, post, this.socialMap.post(existing.get())));
				line.owner().ifPresent(owner -> this.posts.setOwner(existing.get(), owner.value()));
				updated++;
			}
			else {
				this.posts.insert(post, holder(line, post, null), line.owner().map(UserId::value).orElse(me));
				added++;
			}
		}
		this.permissions.audit("posts-imported", "post", null, Map.of("lines", lines.size(), "created", added,
				"updated", updated, "organisationsCreated", newOrganisations.size()));
		return new ImportResult(List.of(), false, lines.size(), added, updated, newOrganisations.size());
	}

	/**
	 * Who holds the post: a professional with their own account keeps it; otherwise the name in the file, or
	 * the owner's own work profile when the file names nobody.
	 */
	private @Nullable UUID holder(ImportLine line, PostDraft post, @Nullable Post current) {
		UUID currentHolder = current == null || current.professional() == null ? null : current.professional().id();
		if (currentHolder != null && this.socialMap.professional(currentHolder).user() != null) {
			return currentHolder;
		}
		Optional<Professional> ownersProfile = line.owner().flatMap(owner -> this.socialMap.professionalOf(owner.value()));
		if (line.name().isEmpty()) {
			return ownersProfile.map(Professional::id).orElse(null);
		}
		if (ownersProfile.isPresent() && ownersProfile.get().name().equals(line.name())) {
			return ownersProfile.get().id();
		}
		return this.professionals.holderNamed(line.name(), post.organisation(), currentHolder);
	}

	/** A new organisation works in the gemeenten of all the file's posts for it. */
	private UUID newOrganisation(ImportLine first, List<ImportLine> lines, @Nullable UUID owner) {
		String name = first.organisationName().toLowerCase(Locale.ROOT);
		Set<AreaCode> gemeenten = new LinkedHashSet<>();
		lines.stream()
			.filter(line -> line.newOrganisation() != null && line.organisationName().toLowerCase(Locale.ROOT).equals(name))
			.forEach(line -> line.post().areas().forEach(area -> gemeenten.add(area.gemeente())));
		UUID id = this.organisations.insert(new OrganisationDraft(first.organisationName(), first.newOrganisation(), "",
				List.copyOf(gemeenten), null, null, null, null, null, null), owner);
		this.permissions.audit("organisation-created", "organisation", id,
				Map.of("name", first.organisationName(), "from", "import"));
		return id;
	}

}
