package nl.speelveld.socialmap;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Puts organisations, professionals, posts and places on the social map for tests, straight into the tables. */
@Component
public class SocialMapFixture {

	private final JdbcClient jdbc;

	SocialMapFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID organisation(String name, String type, String... areas) {
		// only the types the application knows: pages name each organisation's type
		nl.speelveld.accounts.OrganisationType.fromKey(type)
			.orElseThrow(() -> new IllegalArgumentException("No organisation type: " + type));
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into smap_organisation (id, name, type, email) values (?, ?, ?, ?)")
			.params(id, name, type, "info@" + id.toString().substring(0, 8) + ".example.org")
			.update();
		for (String area : areas) {
			this.jdbc.sql("insert into smap_organisation_area (organisation_id, area_code) values (?, ?)")
				.params(id, area)
				.update();
		}
		return id;
	}

	public UUID professional(String name) {
		return professional(name, null);
	}

	public UUID professional(String name, @Nullable UUID user) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into smap_professional (id, display_name, about, user_id) values (?, ?, ?, ?)")
			.params(id, name, "Werkt aan een fijne buurt.", user)
			.update();
		return id;
	}

	public void rename(UUID professional, String name) {
		this.jdbc.sql("update smap_professional set display_name = ? where id = ?").params(name, professional).update();
	}

	/** Ends a post yesterday. */
	public void endPost(UUID post) {
		this.jdbc.sql("update smap_post set ends_on = current_date - 1 where id = ?").param(post).update();
	}

	/** A post confirmed today; see {@link PostBuilder} for more. */
	public UUID post(String role, UUID organisation, @Nullable UUID professional, List<String> areas, String... focus) {
		return aPost(role, organisation).heldBy(professional).covering(areas).focus(focus).save();
	}

	public PostBuilder aPost(String role, UUID organisation) {
		return new PostBuilder(role, organisation);
	}

	public UUID place(String name, String kind, String area, double lat, double lon) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into smap_place (id, kind, name, street, postcode, city, lat, lon, area_code, opening_hours, wheelchair_accessible)
				values (?, ?, ?, 'Voorbeeldstraat 1', '3511 AA', 'Utrecht', ?, ?, ?, 'ma-vr 9-17 uur', true)""")
			.params(id, kind, name, lat, lon, area)
			.update();
		return id;
	}

	/** A service of {@code organisation} in these areas, confirmed today. */
	public UUID service(String name, UUID organisation, String... areas) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into smap_service (id, organisation_id, name, description, audience) values (?, ?, ?, ?, ?)")
			.params(id, organisation, name, "Elke week open.", "Iedereen uit de buurt")
			.update();
		for (String area : areas) {
			this.jdbc.sql("insert into smap_service_area (service_id, area_code) values (?, ?)").params(id, area).update();
		}
		return id;
	}

	public final class PostBuilder {

		private final String role;

		private final UUID organisation;

		private @Nullable UUID professional;

		private List<String> areas = List.of();

		private String[] focus = {};

		private LocalDate lastConfirmed = LocalDate.now();

		private @Nullable LocalDate endsOn;

		private @Nullable UUID owner;

		private String title;

		PostBuilder(String role, UUID organisation) {
			this.role = role;
			this.organisation = organisation;
			this.title = role + " " + UUID.randomUUID().toString().substring(0, 6);
		}

		public PostBuilder heldBy(@Nullable UUID professional) {
			this.professional = professional;
			return this;
		}

		public PostBuilder covering(List<String> areas) {
			this.areas = areas;
			return this;
		}

		public PostBuilder covering(String... areas) {
			return covering(List.of(areas));
		}

		public PostBuilder focus(String... focus) {
			this.focus = focus;
			return this;
		}

		public PostBuilder titled(String title) {
			this.title = title;
			return this;
		}

		public PostBuilder confirmedOn(LocalDate day) {
			this.lastConfirmed = day;
			return this;
		}

		public PostBuilder endedOn(LocalDate day) {
			this.endsOn = day;
			return this;
		}

		public PostBuilder ownedBy(UUID owner) {
			this.owner = owner;
			return this;
		}

		public UUID save() {
			UUID id = UUID.randomUUID();
			SocialMapFixture.this.jdbc.sql("""
					insert into smap_post (id, role_code, organisation_id, professional_id, title, focus, availability,
					                       contact_email, contact_phone, owner_id, last_confirmed, ends_on)
					values (?, ?, ?, ?, ?, ?::varchar[], 'ma-do 9-17 uur', ?, '030 123 45 67', ?, ?, ?)""")
				.params(id, this.role, this.organisation, this.professional, this.title,
						"{" + String.join(",", this.focus) + "}", "post-" + id.toString().substring(0, 8) + "@example.org",
						this.owner, this.lastConfirmed, this.endsOn)
				.update();
			for (String area : this.areas) {
				SocialMapFixture.this.jdbc.sql("insert into smap_post_area (post_id, area_code) values (?, ?)")
					.params(id, area)
					.update();
			}
			return id;
		}

	}

}
