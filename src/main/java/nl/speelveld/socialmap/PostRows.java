package nl.speelveld.socialmap;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

/** Reads posts from rows of {@link #SELECT}, shared by every query that lists posts. */
final class PostRows {

	/** Every column a {@link Post} needs; queries add their own from-clause conditions after it. */
	static final String SELECT = """
			select p.id, p.role_code, p.title, p.focus, p.availability, p.languages, p.starts_on, p.ends_on,
			       p.contact_email, p.contact_phone, p.contact_url, p.owner_id, p.last_confirmed,
			       o.id as organisation_id, o.name as organisation_name, o.type as organisation_type,
			       pr.id as professional_id, pr.display_name as professional_name,
			       array(select a.area_code from smap_post_area a where a.post_id = p.id order by a.area_code) as areas
			from smap_post p
			join smap_organisation o on o.id = p.organisation_id
			left join smap_professional pr on pr.id = p.professional_id
			""";

	/** Posts that are running today: started (or without a start) and not yet ended. */
	static final String CURRENT = "(p.starts_on is null or p.starts_on <= current_date) and (p.ends_on is null or p.ends_on >= current_date)";

	private PostRows() {
	}

	static Post post(ResultSet rs) throws SQLException {
		UUID professional = rs.getObject("professional_id", UUID.class);
		return new Post(rs.getObject("id", UUID.class), rs.getString("role_code"), rs.getString("title"),
				new OrganisationRef(rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"),
						rs.getString("organisation_type")),
				professional == null ? null : new ProfessionalRef(professional, rs.getString("professional_name")),
				strings(rs.getArray("areas")).stream().map(AreaCode::new).toList(), strings(rs.getArray("focus")),
				rs.getString("availability"), strings(rs.getArray("languages")),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				new Contact(rs.getString("contact_email"), rs.getString("contact_phone"), rs.getString("contact_url")),
				rs.getObject("owner_id", UUID.class), rs.getObject("last_confirmed", LocalDate.class));
	}

	static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
