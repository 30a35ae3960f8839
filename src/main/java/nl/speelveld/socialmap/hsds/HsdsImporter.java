package nl.speelveld.socialmap.hsds;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an HSDS dataset into the social map: all of it in one transaction, or nothing. The file is read
 * and checked whole first (JSON, the HSDS schemas, references between entries, Speelveld's limits), and every
 * problem is listed with its JSON path. Entries keep their HSDS ids, so importing the same file again
 * updates rather than duplicates; what Speelveld's columns do not model is kept as each entry's remainder.
 */
@Service
public class HsdsImporter {

	/** At most this many problems are listed; more would bury the first ones. */
	static final int MAX_PROBLEMS = 200;

	private final JsonMapper json;

	private final HsdsSchemaCheck schemas;

	private final ImportMapping mapping;

	private final ImportWriter writer;

	private final HsdsRows rows;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Permissions permissions;

	private final long maxBytes;

	HsdsImporter(JsonMapper json, HsdsSchemaCheck schemas, ImportMapping mapping, ImportWriter writer, HsdsRows rows,
			JdbcClient jdbc, TransactionTemplate transactions, Permissions permissions,
			@Value("${speelveld.hsds.max-import-bytes:20000000}") long maxBytes) {
		this.json = json;
		this.schemas = schemas;
		this.mapping = mapping;
		this.writer = writer;
		this.rows = rows;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.permissions = permissions;
		this.maxBytes = maxBytes;
	}

	public long maxBytes() {
		return this.maxBytes;
	}

	public HsdsImportReport importFile(byte[] content, String fileName) {
		long started = System.nanoTime();
		HsdsImportReport report = run(content);
		report = new HsdsImportReport(report.imported(), report.organizations(), report.locations(), report.services(),
				report.servicesAtLocations(), report.added(), report.problems(), Duration.ofNanos(System.nanoTime() - started));
		this.permissions.audit(report.imported() ? "hsds-imported" : "hsds-import-refused", "social-map", "hsds",
				Map.of("file", fileName, "bytes", content.length, "entries", report.entries(), "errors",
						report.errors().size()));
		return report;
	}

	private HsdsImportReport run(byte[] content) {
		if (content.length > this.maxBytes) {
			return refused(ImportProblem.error("$", "hsds.import.too-large", megabytes(content.length), megabytes(this.maxBytes)));
		}
		JsonNode root;
		try {
			root = this.json.readTree(content);
		}
		catch (JacksonException malformed) {
			TokenStreamLocation at = malformed.getLocation();
			return refused(ImportProblem.error("$", "hsds.import.not-json", at == null ? "?" : String.valueOf(at.getLineNr()),
					at == null ? "?" : String.valueOf(at.getColumnNr())));
		}
		if (root == null || root.isMissingNode()) {
			return refused(ImportProblem.error("$", "hsds.import.empty"));
		}
		HsdsDataset dataset;
		try {
			dataset = HsdsDataset.of(root);
		}
		catch (HsdsDataset.Unrecognised unknown) {
			return refused(ImportProblem.error("$", unknown.messageKey()));
		}
		List<ImportProblem> problems = new ArrayList<>(check(dataset));
		if (!problems.isEmpty()) {
			return HsdsImportReport.refused(limit(problems), Duration.ZERO);
		}
		ImportEntities entities = ImportEntities.of(dataset);
		problems.addAll(entities.problems);
		checkReferences(entities, problems);
		if (problems.stream().anyMatch(ImportProblem::error)) {
			return HsdsImportReport.refused(limit(problems), Duration.ZERO);
		}
		return write(entities, problems);
	}

	private List<ImportProblem> check(HsdsDataset dataset) {
		List<ImportProblem> problems = new ArrayList<>();
		for (var item : dataset.organizations()) {
			problems.addAll(this.schemas.check(item.node(), "organization", item.path()));
			JsonNode services = item.node().path("services");
			if (!services.isMissingNode() && !services.isArray()) {
				problems.add(ImportProblem.error(item.path() + ".services", "hsds.import.type", "hsds.type.array",
						"hsds.type." + HsdsSchemaCheck.typeOf(services)));
			}
			for (int i = 0; i < services.size(); i++) {
				problems.addAll(this.schemas.check(services.get(i), "service", item.path() + ".services[" + i + "]"));
			}
		}
		dataset.services().forEach(item -> problems.addAll(this.schemas.check(item.node(), "service", item.path())));
		dataset.locations().forEach(item -> problems.addAll(this.schemas.check(item.node(), "location", item.path())));
		return problems;
	}

	private void checkReferences(ImportEntities entities, List<ImportProblem> problems) {
		Set<UUID> organisations = existing("smap_organisation", entities.referredOrganizations.keySet());
		entities.referredOrganizations.forEach((id, path) -> {
			if (!entities.organizations.containsKey(id) && !organisations.contains(id)) {
				problems.add(ImportProblem.error(path, "hsds.import.unknown-organization", id));
			}
		});
		Set<UUID> places = existing("smap_place", entities.referredLocations.keySet());
		entities.referredLocations.forEach((id, path) -> {
			if (!entities.locations.containsKey(id) && !places.contains(id)) {
				problems.add(ImportProblem.error(path, "hsds.import.unknown-location", id));
			}
		});
		Set<UUID> posts = existing("smap_post", entities.services.keySet());
		for (UUID post : posts) {
			problems.add(ImportProblem.note(entities.services.remove(post).path(), "hsds.import.post-skipped"));
			entities.atLocations.values().removeIf(atLocation -> post.equals(atLocation.parent()));
		}
	}

	private HsdsImportReport write(ImportEntities entities, List<ImportProblem> problems) {
		try {
			return this.transactions.execute(status -> {
				Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
				int before = problems.size();
				Map<UUID, OrganisationRow> knownOrganisations = HsdsDocuments.index(
						this.rows.organisations(entities.organizations.keySet()), OrganisationRow::id);
				List<OrganisationRow> organisations = new ArrayList<>();
				for (var entry : entities.organizations.values()) {
					var address = entities.locations.remove(OrganizationView.addressLocationId(entry.id()));
					organisations.add(this.mapping.organisation(entry, knownOrganisations.get(entry.id()),
							address == null ? null : address.own(), now, problems));
				}
				Map<UUID, PlaceRow> knownPlaces = HsdsDocuments.index(this.rows.places(entities.locations.keySet()), PlaceRow::id);
				List<PlaceRow> places = entities.locations.values().stream()
					.map(entry -> this.mapping.place(entry, knownPlaces.get(entry.id()), now, problems)).toList();
				Map<UUID, ServiceRow> knownServices = HsdsDocuments.index(this.rows.services(entities.services.keySet()),
						ServiceRow::id);
				List<ServiceRow> services = entities.services.values().stream()
					.map(entry -> this.mapping.service(entry, knownServices.get(entry.id()), now, problems)).toList();
				List<ServicePlaceRow> atLocations = entities.atLocations.values().stream()
					.map(this.mapping::serviceAtLocation).toList();
				if (problems.subList(before, problems.size()).stream().anyMatch(ImportProblem::error)) {
					status.setRollbackOnly();
					return HsdsImportReport.refused(limit(problems), Duration.ZERO);
				}
				int added = organisations.size() - knownOrganisations.size() + places.size() - knownPlaces.size()
						+ services.size() - knownServices.size();
				this.writer.organisations(organisations);
				this.writer.places(places);
				this.writer.services(services);
				this.writer.servicesAtLocations(atLocations);
				return new HsdsImportReport(true, organisations.size(), places.size(), services.size(), atLocations.size(),
						added, limit(problems), Duration.ZERO);
			});
		}
		catch (DataAccessException refused) {
			List<ImportProblem> all = new ArrayList<>(problems);
			all.add(ImportProblem.error("$", "hsds.import.database", String.valueOf(refused.getMostSpecificCause().getMessage())));
			return HsdsImportReport.refused(limit(all), Duration.ZERO);
		}
	}

	private Set<UUID> existing(String table, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql("select id from " + table + " where id = any(?)").param(HsdsRows.array(ids))
			.query(UUID.class).list());
	}

	private static HsdsImportReport refused(ImportProblem problem) {
		return HsdsImportReport.refused(List.of(problem), Duration.ZERO);
	}

	private static List<ImportProblem> limit(List<ImportProblem> problems) {
		if (problems.size() <= MAX_PROBLEMS) {
			return List.copyOf(problems);
		}
		List<ImportProblem> shown = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
		boolean moreErrors = problems.subList(MAX_PROBLEMS, problems.size()).stream().anyMatch(ImportProblem::error);
		shown.add(new ImportProblem(moreErrors, "$", "hsds.import.more-problems", String.valueOf(problems.size() - MAX_PROBLEMS)));
		return shown;
	}

	private static double megabytes(long bytes) {
		return bytes / 1_000_000.0;
	}

}
