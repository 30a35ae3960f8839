package nl.speelveld.socialmap.demo;

import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes generated social map data in one transaction. Loading the demo data takes an advisory lock first,
 * so that of two app nodes starting on one database only the first loads it and the second finds it there.
 */
@Component
class SocialMapWriter {

	/** Advisory lock key for loading demo data; any constant that no other lock in Speelveld uses. */
	private static final long DEMO_LOCK = 0x5350_454c_4445_4d4fL;

	/** Names that mark what the national generator made, so that a new run replaces it. */
	static final String SYNTHETIC_MARK = " (synthetisch)";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	SocialMapWriter(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Writes the data if the social map holds no organisations yet; tells whether it did. */
	boolean writeIfEmpty(Supplier<SocialMapData> data) {
		Boolean written = this.transactions.execute(status -> {
			this.jdbc.sql("select pg_advisory_xact_lock(?)").param(DEMO_LOCK).query().singleRow();
			if (this.jdbc.sql("select exists (select 1 from smap_organisation)").query(Boolean.class).single()) {
				return false;
			}
			copy(data.get());
			return true;
		});
		return Boolean.TRUE.equals(written);
	}

	/** Removes what an earlier run of the generator wrote, writes the new data, and updates the statistics. */
	void replaceSynthetic(SocialMapData data) {
		this.transactions.executeWithoutResult(status -> {
			String mark = "%" + SYNTHETIC_MARK;
			// Posts go first, so that their professionals can go in the same statement without updating them.
			this.jdbc.sql("""
					with posts as (delete from smap_post p using smap_organisation o
						where o.id = p.organisation_id and o.name like ? returning p.professional_id)
					delete from smap_professional where id in (select professional_id from posts)""").param(mark).update();
			this.jdbc.sql("delete from smap_place where name like ?").param(mark).update();
			this.jdbc.sql("delete from smap_organisation where name like ?").param(mark).update();
			copy(data);
		});
		this.jdbc.sql("analyze smap_organisation, smap_organisation_area, smap_professional, smap_post, smap_post_area,"
				+ " smap_place, smap_service, smap_service_area, smap_service_place").update();
	}

	private void copy(SocialMapData data) {
		var connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			SocialMapCopy.write(connection, data);
		}
		catch (SQLException failure) {
			throw new IllegalStateException("Could not write the social map data: " + failure.getMessage(), failure);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

}
