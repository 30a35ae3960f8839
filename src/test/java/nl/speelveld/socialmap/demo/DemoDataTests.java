package nl.speelveld.socialmap.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;
import nl.speelveld.areas.Areas;
import nl.speelveld.roles.Goal;
import nl.speelveld.roles.RoleType;
import nl.speelveld.roles.Roles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo social map that every fresh Speelveld (and every test run) starts with. */
@SpeelveldTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataTests {

	private static final Set<String> GEMEENTEN = Set.of("GM0344", "GM0363", "GM1966");

	@Autowired
	DemoPlayingField playingField;

	@Autowired
	SocialMapWriter writer;

	@Autowired
	Areas areas;

	@Autowired
	Roles roles;

	@Autowired
	JdbcClient jdbc;

	private SocialMapData demo;

	@BeforeAll
	void generate() {
		this.demo = this.playingField.generate(LocalDate.now());
	}

	@Test
	void theDemoMapIsInTheDatabaseAsGenerated() {
		record PostRow(UUID id, String role, String title, List<String> focus, Set<String> areas) {
		}
		List<PostRow> stored = this.jdbc.sql("""
				select p.id, p.role_code, p.title, p.focus, array_agg(a.area_code) as areas from smap_post p
				join smap_post_area a on a.post_id = p.id where p.id = any(cast(? as uuid[]))
				group by p.id""")
			.param(CopyWriter.arrayLiteral(this.demo.posts().stream().map(SocialMapData.Post::id).toList()))
			.query((rs, n) -> new PostRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					Arrays.asList((String[]) rs.getArray(4).getArray()),
					Set.of((String[]) rs.getArray(5).getArray())))
			.list();

		assertThat(stored).containsExactlyInAnyOrderElementsOf(this.demo.posts().stream()
			.map(post -> new PostRow(post.id(), post.role(), post.title(), post.focus(), Set.copyOf(post.areas())))
			.toList());
		assertThat(count("smap_organisation", this.demo.organisations().stream().map(SocialMapData.Organisation::id)))
			.isEqualTo(this.demo.organisations().size());
		assertThat(count("smap_place", this.demo.places().stream().map(SocialMapData.Place::id)))
			.isEqualTo(this.demo.places().size());
		assertThat(count("smap_service", this.demo.services().stream().map(SocialMapData.Service::id)))
			.isEqualTo(this.demo.services().size());
	}

	@Test
	void hasAtLeastTwoHundredPostsAndAllNineteenRoles() {
		Set<String> seeded = this.roles.all().stream().filter(RoleType::seeded).map(RoleType::code)
			.collect(Collectors.toSet());

		assertThat(this.demo.posts()).hasSizeGreaterThanOrEqualTo(200);
		assertThat(seeded).hasSize(19);
		assertThat(this.demo.posts().stream().map(SocialMapData.Post::role).collect(Collectors.toSet()))
			.containsAll(seeded);
		for (String gemeente : GEMEENTEN) {
			assertThat(this.demo.posts()).as("posts in %s", gemeente)
				.anySatisfy(post -> assertThat(post.areas()).allMatch(area -> area.substring(2, 6).equals(gemeente.substring(2))));
		}
	}

	@Test
	void everyCoverageAreaExists() {
		Set<String> codes = new HashSet<>();
		this.demo.posts().forEach(post -> codes.addAll(post.areas()));
		this.demo.organisations().forEach(organisation -> codes.addAll(organisation.areas()));
		this.demo.services().forEach(service -> codes.addAll(service.areas()));

		assertThat(codes).allSatisfy(code -> assertThat(this.areas.summary(new AreaCode(code))).as(code).isPresent());
		assertThat(codes).anyMatch(code -> code.startsWith("BU0344")).anyMatch(code -> code.startsWith("BU0363"));
		assertThat(codes).contains("GM0344", "GM0363", "GM1966");
	}

	@Test
	void everyPlaceLiesInTheAreaItRecords() {
		assertThat(this.demo.places()).hasSizeGreaterThan(100);
		assertThat(this.demo.places()).allSatisfy(place -> {
			var found = this.areas.lookup(place.lat(), place.lon(), null);
			assertThat(found.finest().code().value()).as(place.name()).isEqualTo(place.area());
			assertThat(GEMEENTEN).contains(found.gemeente().code().value());
		});
		assertThat(this.demo.places()).extracting(SocialMapData.Place::kind)
			.contains("buurthuis", "bibliotheek", "sporthal", "speeltuin", "dorpshuis", "moestuin");
	}

	@Test
	void generatingTwiceGivesIdenticalRows() {
		var day = LocalDate.of(2025, 3, 1);

		assertThat(this.playingField.generate(day)).isEqualTo(this.playingField.generate(day));
		assertThat(this.playingField.generate(day.plusDays(1)).posts()).extracting(SocialMapData.Post::id)
			.isEqualTo(this.demo.posts().stream().map(SocialMapData.Post::id).toList());
	}

	@Test
	void wijkagentsFollowTheNormExceptWhereTheyFallShort() {
		int norm = this.roles.get("wijkagent").normInhabitants();
		Map<String, Integer> agents = new HashMap<>();
		this.demo.posts().stream().filter(post -> post.role().equals("wijkagent"))
			.forEach(post -> post.areas().stream().map(DemoDataTests::wijkOf).distinct()
				.forEach(wijk -> agents.merge(wijk, 1, Integer::sum)));
		List<String> short_ = new ArrayList<>();
		for (String gemeente : List.of("GM0344", "GM0363")) {
			for (var wijk : this.areas.area(new AreaCode(gemeente), 2024).children()) {
				Integer inhabitants = this.areas.area(wijk.code(), 2024).figures().inhabitants();
				if (inhabitants != null && inhabitants > 2_000
						&& agents.getOrDefault(wijk.code().value(), 0) * norm < inhabitants) {
					short_.add(wijk.code().value());
				}
			}
		}

		assertThat(short_).as("wijken with fewer wijkagents than the norm").hasSizeBetween(2, 8)
			.contains("WK034403", "WK034408");
	}

	@Test
	void showsAnOverlapAndAGap() {
		var overvecht = postsCovering("WK034403");
		assertThat(overvecht).anyMatch(post -> post.role().equals("sociaal-makelaar") && post.focus().contains("eenzaamheid"));
		assertThat(overvecht).anyMatch(post -> post.role().equals("welzijnswerker") && post.focus().contains("eenzaamheid"));

		Set<String> g2Themes = this.roles.themes().stream().filter(theme -> theme.goal() == Goal.G2)
			.map(theme -> theme.code()).collect(Collectors.toSet());
		assertThat(postsCovering("WK034407")).isNotEmpty()
			.noneMatch(post -> post.focus().stream().anyMatch(g2Themes::contains))
			.noneMatch(post -> this.roles.get(post.role()).serves(Goal.G2));
	}

	@Test
	void villagesHaveVillageRolesAndTheCityCentreHasNone() {
		assertThat(postsCovering("WK196606")).extracting(SocialMapData.Post::role)
			.contains("dorpsondersteuner", "gebiedsmakelaar", "wijkagent");
		for (var wijk : this.areas.area(new AreaCode("GM0363"), 2024).children()) {
			if (wijk.level() == AreaLevel.WIJK && wijk.code().value().startsWith("WK0363A")) {
				assertThat(postsCovering(wijk.code().value())).extracting(SocialMapData.Post::role)
					.doesNotContain("dorpsondersteuner", "gebiedsmakelaar");
			}
		}
		assertThat(this.demo.organisations()).extracting(SocialMapData.Organisation::type)
			.contains("gemeente", "politie", "welzijnsorganisatie", "woningcorporatie", "zorgaanbieder", "dorpsstichting",
					"sportorganisatie", "bewonersorganisatie", "vereniging", "sociaal-ondernemer");
	}

	@Test
	void peopleAndContactsAreObviouslyMadeUp() {
		assertThat(this.demo.professionals()).allSatisfy(person -> assertThat(Vocabulary.SURNAMES)
			.anyMatch(surname -> person.displayName().endsWith(" " + surname)));
		assertThat(this.demo.posts()).allSatisfy(post -> {
			assertThat(post.contactEmail()).matches(".+@[a-z0-9-]+\\.example\\.org");
			assertThat(post.availability()).isNotBlank();
			assertThat(post.languages()).contains("nl");
		});
		assertThat(this.demo.organisations()).allSatisfy(organisation -> {
			assertThat(organisation.name()).endsWith("(demo)");
			assertThat(organisation.website()).startsWith("https://example.org/");
		});
		var eightMonthsAgo = LocalDate.now().minusMonths(8);
		assertThat(this.demo.posts()).anyMatch(post -> post.lastConfirmed().isBefore(eightMonthsAgo))
			.anyMatch(post -> post.lastConfirmed().isAfter(LocalDate.now().minusMonths(1)));
		assertThat(this.demo.posts()).anyMatch(post -> post.professional() == null)
			.anyMatch(post -> post.professional() != null);
	}

	@Test
	void isNotLoadedAgainIntoAMapThatHoldsOrganisations() {
		assertThat(this.writer.writeIfEmpty(() -> {
			throw new AssertionError("should not generate");
		})).isFalse();
	}

	private List<SocialMapData.Post> postsCovering(String wijk) {
		String gemeente = "GM" + wijk.substring(2, 6);
		return this.demo.posts().stream()
			.filter(post -> post.areas().stream()
				.anyMatch(area -> area.equals(wijk) || area.equals(gemeente) || wijkOf(area).equals(wijk)))
			.toList();
	}

	/** The wijk of a wijk or buurt code; buurten of 2014 are matched by their code prefix. */
	private static String wijkOf(String area) {
		return area.startsWith("BU") ? "WK" + area.substring(2, 8) : area;
	}

	private long count(String table, java.util.stream.Stream<UUID> ids) {
		return this.jdbc.sql("select count(*) from " + table + " where id = any(cast(? as uuid[]))")
			.param(CopyWriter.arrayLiteral(ids.toList()))
			.query(Long.class)
			.single();
	}

}
