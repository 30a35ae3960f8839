package nl.speelveld.socialmap.hsds;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Social map entries for tests, written straight into the tables: an organisation in Utrecht with a post,
 * a place and a service offered there. Names are unique per call, so tests never collide.
 */
@Component
public class HsdsFixture {

	/** What one call made. */
	public record Entries(UUID organisation, UUID professional, UUID post, UUID place, UUID service, String name) {
	}

	private final JdbcClient jdbc;

	public HsdsFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Entries utrecht() {
		String name = "Buurtwerk " + UUID.randomUUID().toString().substring(0, 8);
		UUID organisation = UUID.randomUUID();
		this.jdbc.sql("""
				insert into smap_organisation (id, name, type, description, website, email, phone, street, postcode, city)
				values (?, ?, 'welzijnsorganisatie', 'Welzijn in de wijk.', 'www.buurtwerk-test.nl', 'info@buurtwerk-test.nl',
				'030 123 45 67', 'Oudegracht 1', '3511 AA', 'Utrecht')""").params(organisation, name).update();
		this.jdbc.sql("insert into smap_organisation_area (organisation_id, area_code) values (?, 'GM0344')")
			.param(organisation).update();
		UUID professional = UUID.randomUUID();
		this.jdbc.sql("insert into smap_professional (id, display_name, about) values (?, 'Sanne de Vries', 'Sociaal makelaar in West.')")
			.param(professional).update();
		UUID post = UUID.randomUUID();
		this.jdbc.sql("""
				insert into smap_post (id, role_code, organisation_id, professional_id, title, focus, availability, languages,
				starts_on, contact_email, contact_phone, contact_url)
				values (?, 'sociaal-makelaar', ?, ?, 'Sociaal makelaar West', '{ontmoeting,eenzaamheid}', 'ma t/m do', '{nl,en}',
				'2024-01-01', 'sanne@buurtwerk-test.nl', '06 12345678', 'https://buurtwerk-test.nl/sanne')""")
			.params(post, organisation, professional).update();
		this.jdbc.sql("insert into smap_post_area (post_id, area_code) values (?, 'WK034401'), (?, 'WK034402')")
			.params(post, post).update();
		UUID place = UUID.randomUUID();
		this.jdbc.sql("""
				insert into smap_place (id, kind, name, description, organisation_id, street, postcode, city, lat, lon, area_code,
				opening_hours, accessibility, wheelchair_accessible)
				values (?, 'buurthuis', ?, 'Buurthuis met koffie.', ?, 'Kanaalstraat 10', '3531 CJ', 'Utrecht', 52.0907, 5.1009,
				'WK034401', 'ma-vr 9:00-17:00; za 10-12', 'Drempelvrije ingang.', true)""")
			.params(place, "Buurthuis " + name, organisation).update();
		UUID service = UUID.randomUUID();
		this.jdbc.sql("""
				insert into smap_service (id, organisation_id, name, description, audience, focus, url, email, phone)
				values (?, ?, ?, 'Elke week samen koken en eten.', 'Iedereen uit de buurt', '{ontmoeting}', 'https://buurtwerk-test.nl/eten',
				'eten@buurtwerk-test.nl', '030 765 43 21')""")
			.params(service, organisation, "Samen eten " + name).update();
		this.jdbc.sql("insert into smap_service_area (service_id, area_code) values (?, 'WK034401')").param(service).update();
		this.jdbc.sql("insert into smap_service_place (service_id, place_id) values (?, ?)").params(service, place).update();
		return new Entries(organisation, professional, post, place, service, name);
	}

	/** The id Speelveld gives a service at a place when it was not imported with one of its own. */
	public UUID serviceAtLocation(Entries entries) {
		return HsdsIds.of("service-at-location:" + entries.service() + ":" + entries.place());
	}

}
