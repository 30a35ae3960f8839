package nl.speelveld.socialmap.search;

import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Social map rows for tests, written straight into the tables as the social map module would. Each fixture
 * has a word of its own (a made-up one, as the vocabulary shares words between tests), so that a test can
 * search among its own rows only, in a database that other tests fill too.
 */
public final class SocialMapData {

	private static final Random RANDOM = new Random();

	private final JdbcClient jdbc;

	/** A made-up word that occurs only in this fixture's rows. */
	public final String word;

	public SocialMapData(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.word = madeUpWord();
	}

	/** Letters only, with no Dutch stem to lose: a consonant and a vowel in turn, ending in a consonant. */
	static String madeUpWord() {
		String consonants = "bdfgklmnprstvz";
		String vowels = "aeiou";
		StringBuilder word = new StringBuilder("q");
		for (int i = 0; i < 5; i++) {
			word.append(vowels.charAt(RANDOM.nextInt(vowels.length())));
			word.append(consonants.charAt(RANDOM.nextInt(consonants.length())));
		}
		return word.append("x").toString();
	}

	public UUID organisation(String name, String type, String description, String... areas) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into smap_organisation (id, name, type, description, city) values (?, ?, ?, ?, ?)")
			.params(id, name, type, description, "Utrecht")
			.update();
		for (String area : areas) {
			this.jdbc.sql("insert into smap_organisation_area (organisation_id, area_code) values (?, ?)")
				.params(id, area)
				.update();
		}
		return id;
	}

	public UUID professional(String name) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into smap_professional (id, display_name) values (?, ?)").params(id, name).update();
		return id;
	}

	public UUID post(String role, UUID organisation, @Nullable UUID professional, String title, List<String> focus,
			String availability, String... areas) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into smap_post (id, role_code, organisation_id, professional_id, title, focus, availability)
				values (?, ?, ?, ?, ?, cast(? as varchar[]), ?)""")
			.params(id, role, organisation, professional, title, "{" + String.join(",", focus) + "}", availability)
			.update();
		for (String area : areas) {
			this.jdbc.sql("insert into smap_post_area (post_id, area_code) values (?, ?)").params(id, area).update();
		}
		return id;
	}

	public UUID service(UUID organisation, String name, String description, String... areas) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into smap_service (id, organisation_id, name, description) values (?, ?, ?, ?)")
			.params(id, organisation, name, description)
			.update();
		for (String area : areas) {
			this.jdbc.sql("insert into smap_service_area (service_id, area_code) values (?, ?)").params(id, area).update();
		}
		return id;
	}

	public UUID place(String kind, String name, String description, @Nullable String area) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into smap_place (id, kind, name, description, area_code) values (?, ?, ?, ?, ?)")
			.params(id, kind, name, description, area)
			.update();
		return id;
	}

	public void offerAt(UUID service, UUID place) {
		this.jdbc.sql("insert into smap_service_place (service_id, place_id) values (?, ?)").params(service, place).update();
	}

	public void renameOrganisation(UUID organisation, String name) {
		this.jdbc.sql("update smap_organisation set name = ? where id = ?").params(name, organisation).update();
	}

}
