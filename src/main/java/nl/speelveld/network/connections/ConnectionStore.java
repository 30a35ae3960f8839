package nl.speelveld.network.connections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The logged connections in {@code net_connection} (see V24__network_connections.sql). */
@Repository
public class ConnectionStore {

	private static final String COLUMNS = "id, logged_by, area_code, on_date, purpose, from_kind, from_ref, from_group,"
			+ " to_kind, to_ref, to_group, created_at";

	private final JdbcClient jdbc;

	ConnectionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Connection connection) {
		this.jdbc.sql("insert into net_connection (" + COLUMNS + ") values (:id, :by, :area, :on, :purpose,"
				+ " :fromKind, :fromRef, :fromGroup, :toKind, :toRef, :toGroup, now())")
			.param("id", connection.id())
			.param("by", connection.loggedBy())
			.param("area", connection.area().value())
			.param("on", connection.on())
			.param("purpose", connection.purpose())
			.param("fromKind", connection.from().kind().key())
			.param("fromRef", connection.from().ref())
			.param("fromGroup", connection.from().group())
			.param("toKind", connection.to().kind().key())
			.param("toRef", connection.to().ref())
			.param("toGroup", connection.to().group())
			.update();
	}

	public Optional<Connection> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from net_connection where id = ?")
			.param(id)
			.query(ConnectionStore::connection)
			.optional();
	}

	/** What one person logged, newest first. */
	public List<Connection> loggedBy(UUID user, int limit) {
		return this.jdbc.sql("select " + COLUMNS + " from net_connection where logged_by = ?"
				+ " order by on_date desc, created_at desc limit ?")
			.params(user, limit)
			.query(ConnectionStore::connection)
			.list();
	}

	/** The connections logged in the area and its parts: the area's digits begin their code's. */
	public List<Connection> inArea(AreaCode area, int limit) {
		return this.jdbc.sql("select " + COLUMNS + " from net_connection where area_key like ? order by created_at limit ?")
			.params(area.value().substring(2) + "%", limit)
			.query(ConnectionStore::connection)
			.list();
	}

	void delete(UUID id) {
		this.jdbc.sql("delete from net_connection where id = ?").param(id).update();
	}

	private static Connection connection(ResultSet rs, int row) throws SQLException {
		return new Connection(rs.getObject("id", UUID.class), rs.getObject("logged_by", UUID.class),
				new AreaCode(rs.getString("area_code")), rs.getObject("on_date", java.time.LocalDate.class),
				rs.getString("purpose"), endpoint(rs, "from"), endpoint(rs, "to"),
				rs.getTimestamp("created_at").toInstant());
	}

	private static Endpoint endpoint(ResultSet rs, String side) throws SQLException {
		EndpointKind kind = EndpointKind.byKey(rs.getString(side + "_kind")).orElseThrow();
		@Nullable UUID ref = rs.getObject(side + "_ref", UUID.class);
		return new Endpoint(kind, ref, rs.getString(side + "_group"));
	}

}
