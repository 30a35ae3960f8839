package nl.speelveld.socialmap.hsds;

import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the social map, or the part of it in one gemeente, as an HSDS dataset: an object with
 * {@code organizations} (HSDS organizations with their locations and services, each service with its
 * service_at_locations and their locations) and {@code locations} (the places that belong to no organisation).
 * Written as it is read, a batch of organisations at a time, from one consistent snapshot.
 */
@Service
public class HsdsExporter {

	private static final int BATCH = 100;

	private final JdbcClient jdbc;

	private final HsdsRows rows;

	private final HsdsDocuments documents;

	private final JsonMapper json;

	private final Permissions permissions;

	private final TransactionTemplate snapshot;

	HsdsExporter(JdbcClient jdbc, HsdsRows rows, HsdsDocuments documents, JsonMapper json, Permissions permissions,
			PlatformTransactionManager transactions) {
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.jdbc = jdbc;
		this.rows = rows;
		this.documents = documents;
		this.json = json;
		this.permissions = permissions;
	}

	/** Writes the dataset and says how many organisations and separate locations it holds. */
	public int[] export(@Nullable String gemeente, OutputStream out) {
		int[] counts = this.snapshot.execute(status -> write(gemeente, out));
		this.permissions.audit("hsds-exported", "social-map", gemeente == null ? "all" : gemeente,
				Map.of("organizations", counts[0], "locations", counts[1]));
		return counts;
	}

	private int[] write(@Nullable String gemeente, OutputStream out) {
		List<UUID> organisations = organisationIds(gemeente);
		List<UUID> places = placeIds(gemeente);
		try (JsonGenerator generator = this.json.createGenerator(out)) {
			generator.writeStartObject();
			generator.writeStringProperty("hsds_version", "3.0");
			generator.writeStringProperty("generator", "Speelveld");
			generator.writeStringProperty("exported_at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
			if (gemeente != null) {
				generator.writeStringProperty("area", gemeente);
			}
			generator.writeArrayPropertyStart("organizations");
			for (int from = 0; from < organisations.size(); from += BATCH) {
				List<OrganisationRow> batch = this.rows.organisations(
						organisations.subList(from, Math.min(from + BATCH, organisations.size())));
				for (ObjectNode organization : this.documents.fullOrganizations(batch, true)) {
					generator.writeTree(organization);
				}
			}
			generator.writeEndArray();
			generator.writeArrayPropertyStart("locations");
			for (int from = 0; from < places.size(); from += BATCH) {
				for (ObjectNode location : this.documents.placesById(places.subList(from, Math.min(from + BATCH, places.size())))
					.values()) {
					generator.writeTree(location);
				}
			}
			generator.writeEndArray();
			generator.writeEndObject();
		}
		return new int[] { organisations.size(), places.size() };
	}

	private List<UUID> organisationIds(@Nullable String gemeente) {
		if (gemeente == null) {
			return this.jdbc.sql("select id from smap_organisation order by lower(name), id").query(UUID.class).list();
		}
		String key = SqlConditions.areaKey(gemeente);
		return this.jdbc.sql("""
				select o.id from smap_organisation o
				where exists (select 1 from smap_organisation_area a where a.organisation_id = o.id and substr(a.area_code, 3) like ?)
				or exists (select 1 from smap_place p where p.organisation_id = o.id and p.area_key like ?)
				or exists (select 1 from smap_service s join smap_service_area a on a.service_id = s.id
					where s.organisation_id = o.id and a.area_key like ?)
				or exists (select 1 from smap_post p join smap_post_area a on a.post_id = p.id
					where p.organisation_id = o.id and a.area_key like ?)
				order by lower(o.name), o.id""").params(key, key, key, key).query(UUID.class).list();
	}

	private List<UUID> placeIds(@Nullable String gemeente) {
		if (gemeente == null) {
			return this.jdbc.sql("select id from smap_place where organisation_id is null order by lower(name), id")
				.query(UUID.class).list();
		}
		return this.jdbc.sql("select id from smap_place where organisation_id is null and area_key like ? order by lower(name), id")
			.param(SqlConditions.areaKey(gemeente)).query(UUID.class).list();
	}

}
