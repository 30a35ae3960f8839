package nl.speelveld.roles;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the typology tables ({@code roles_*}). */
@Repository
class RoleTypologyStore {

	private final JdbcClient jdbc;

	RoleTypologyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	RoleTypology read() {
		List<FocusTheme> themes = this.jdbc
			.sql("select code, goal, name_nl, name_en from roles_focus_theme order by position, code")
			.query((rs, n) -> new FocusTheme(rs.getString(1), Goal.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4)))
			.list();
		Map<String, List<String>> focus = new LinkedHashMap<>();
		this.jdbc.sql("""
				select f.role_code, f.theme_code from roles_role_focus f
				join roles_focus_theme t on t.code = f.theme_code order by t.position""")
			.query(rs -> {
				focus.computeIfAbsent(rs.getString(1), code -> new ArrayList<>()).add(rs.getString(2));
			});
		Map<String, List<RoleType.Alias>> aliases = new LinkedHashMap<>();
		this.jdbc.sql("select role_code, alias, gemeente from roles_alias order by lower(alias)")
			.query(rs -> {
				aliases.computeIfAbsent(rs.getString(1), code -> new ArrayList<>())
					.add(new RoleType.Alias(rs.getString(2), rs.getString(3)));
			});
		List<RoleType> roleTypes = this.jdbc.sql("""
				select code, name_nl, name_en, definition_nl, definition_en, weight_g1, weight_g2, employer_types,
				       norm_inhabitants, seeded
				from roles_role_type order by seeded desc, added_at, lower(name_nl)""")
			.query((rs, n) -> roleType(rs, focus, aliases))
			.list();
		return RoleTypology.of(roleTypes, themes);
	}

	void addAlias(String roleCode, String alias, @Nullable String gemeente, @Nullable UUID addedBy) {
		this.jdbc.sql("insert into roles_alias (role_code, alias, gemeente, added_by) values (?, ?, ?, ?)")
			.params(roleCode, alias, gemeente, addedBy)
			.update();
	}

	boolean aliasExists(String alias, @Nullable String gemeente) {
		return this.jdbc.sql("select count(*) from roles_alias where lower(alias) = lower(?) and coalesce(gemeente, '') = ?")
			.params(alias, gemeente == null ? "" : gemeente)
			.query(Integer.class)
			.single() > 0;
	}

	void addRoleType(NewRoleType role, @Nullable UUID addedBy) {
		this.jdbc.sql("""
				insert into roles_role_type (code, name_nl, name_en, definition_nl, definition_en, weight_g1, weight_g2,
				                             employer_types, norm_inhabitants, added_by)
				values (?, ?, ?, ?, ?, ?, ?, ?::varchar[], ?, ?)""")
			.params(role.code(), role.nameNl(), role.nameEn(), role.definitionNl(), role.definitionEn(),
					role.weightG1(), role.weightG2(), toArray(role.employerTypes()), role.normInhabitants(), addedBy)
			.update();
		for (String theme : role.focus()) {
			this.jdbc.sql("insert into roles_role_focus (role_code, theme_code) values (?, ?)")
				.params(role.code(), theme)
				.update();
		}
	}

	private static RoleType roleType(ResultSet rs, Map<String, List<String>> focus,
			Map<String, List<RoleType.Alias>> aliases) throws SQLException {
		String code = rs.getString("code");
		return new RoleType(code, rs.getString("name_nl"), rs.getString("name_en"), rs.getString("definition_nl"),
				rs.getString("definition_en"), rs.getBigDecimal("weight_g1"), rs.getBigDecimal("weight_g2"),
				List.copyOf(focus.getOrDefault(code, List.of())), List.copyOf(aliases.getOrDefault(code, List.of())),
				strings(rs.getArray("employer_types")), rs.getObject("norm_inhabitants", Integer.class),
				rs.getBoolean("seeded"));
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static String toArray(List<String> values) {
		return "{" + String.join(",", values) + "}";
	}

}
