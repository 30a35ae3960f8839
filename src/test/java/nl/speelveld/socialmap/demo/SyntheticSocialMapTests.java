package nl.speelveld.socialmap.demo;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.Areas;
import nl.speelveld.roles.Roles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national synthetic data set for benchmarks, at a small size. Whatever these tests write is rolled back,
 * so that other tests keep seeing only the demo social map.
 */
@SpeelveldTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticSocialMapTests {

	private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

	private static final SyntheticSocialMap.Size SIZE = new SyntheticSocialMap.Size(3_000, 1_000, 4_000);

	@Autowired
	SyntheticSocialMap generator;

	@Autowired
	SocialMapWriter writer;

	@Autowired
	Areas areas;

	@Autowired
	Roles roles;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MessageSource messages;

	private List<NationalFacts.Gemeente> gemeenten;

	private SocialMapData data;

	@BeforeAll
	void generate() {
		this.gemeenten = this.generator.gemeenten();
		this.data = this.generator.generate(this.gemeenten, SIZE, 7, DAY);
	}

	@Test
	void makesExactlyTheAskedNumbersOverEveryGemeente() {
		assertThat(this.gemeenten).hasSizeGreaterThan(300);
		assertThat(this.data.posts()).hasSize(SIZE.posts());
		assertThat(this.data.organisations()).hasSize(SIZE.organisations());
		assertThat(this.data.places()).hasSize(SIZE.places());
		assertThat(this.data.professionals()).hasSizeGreaterThan(SIZE.posts() / 2);
		assertThat(this.data.services()).hasSizeGreaterThanOrEqualTo(SIZE.organisations());
		assertThat(this.data.organisations()).filteredOn(organisation -> organisation.type().equals("gemeente"))
			.hasSize(this.gemeenten.size());
	}

	@Test
	void spreadsPostsAndPlacesInProportionToInhabitants() {
		long everyone = this.gemeenten.stream().flatMap(g -> g.wijken().stream()).mapToLong(WijkFacts::inhabitants).sum();
		long amsterdam = this.gemeenten.stream().filter(g -> g.code().equals("GM0363"))
			.flatMap(g -> g.wijken().stream()).mapToLong(WijkFacts::inhabitants).sum();
		double share = amsterdam / (double) everyone;

		long posts = this.data.posts().stream().filter(post -> post.areas().get(0).startsWith("0363", 2)).count();
		long places = this.data.places().stream().filter(place -> place.area().startsWith("0363", 2)).count();

		assertThat(posts).isBetween(Math.round(SIZE.posts() * share * 0.9), Math.round(SIZE.posts() * share * 1.1));
		assertThat(places).isBetween(Math.round(SIZE.places() * share * 0.9), Math.round(SIZE.places() * share * 1.1));
	}

	@Test
	void everyAreaExistsAndEveryEmployerFitsItsRole() {
		Set<String> codes = new HashSet<>();
		this.data.posts().forEach(post -> codes.addAll(post.areas()));
		this.data.organisations().forEach(organisation -> codes.addAll(organisation.areas()));
		this.data.places().forEach(place -> codes.add(place.area()));
		assertThat(codes).allSatisfy(code -> assertThat(this.areas.summary(new AreaCode(code))).as(code).isPresent());

		Map<UUID, String> types = new HashMap<>();
		this.data.organisations().forEach(organisation -> types.put(organisation.id(), organisation.type()));
		assertThat(this.data.posts()).allSatisfy(post -> assertThat(this.roles.get(post.role()).employerTypes())
			.contains(types.get(post.organisation())));
		assertThat(this.data.posts()).extracting(SocialMapData.Post::role).contains("dorpsondersteuner", "wijkagent");
	}

	@Test
	void isTheSameForTheSameSeed() {
		assertThat(this.generator.generate(this.gemeenten, SIZE, 7, DAY)).isEqualTo(this.data);
		assertThat(this.generator.generate(this.gemeenten, SIZE, 8, DAY).posts().get(0).id())
			.isNotEqualTo(this.data.posts().get(0).id());
	}

	@Test
	void aSecondRunReplacesTheFirst() {
		this.transactions.executeWithoutResult(status -> {
			this.writer.replaceSynthetic(this.data);
			this.writer.replaceSynthetic(this.data);

			assertThat(synthetic("smap_post p join smap_organisation o on o.id = p.organisation_id", "o.name"))
				.isEqualTo(SIZE.posts());
			assertThat(synthetic("smap_place", "name")).isEqualTo(SIZE.places());
			status.setRollbackOnly();
		});

		assertThat(synthetic("smap_organisation", "name")).isZero();
	}

	@Test
	void theCommandLineWritesTheAskedNumbers() {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		var command = new GenerateCommand(this.generator, this.writer, this.messages);
		command.printTo(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

		this.transactions.executeWithoutResult(status -> {
			int exit = command.execute(List.of("generate", "social-map", "--posts", "500", "--organisations=400",
					"--places", "600", "--speelveld.database.embedded.directory=ignored"));

			assertThat(exit).isZero();
			assertThat(synthetic("smap_organisation", "name")).isEqualTo(400);
			status.setRollbackOnly();
		});

		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Gemaakt: 400 organisaties", "500 posten", "600 plekken");
	}

	@Test
	void wrongArgumentsShowHowToUseIt() {
		var err = new ByteArrayOutputStream();
		var command = new GenerateCommand(this.generator, this.writer, this.messages);
		command.printTo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(command.execute(List.of("generate", "social-map", "--posts", "many"))).isEqualTo(GenerateCommand.USAGE);
		assertThat(command.execute(List.of("generate", "areas"))).isEqualTo(GenerateCommand.USAGE);
		assertThat(command.execute(List.of("generate", "social-map", "--people", "5"))).isEqualTo(GenerateCommand.USAGE);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("Gebruik: java -jar speelveld.jar generate social-map");
	}

	private long synthetic(String from, String nameColumn) {
		return this.jdbc.sql("select count(*) from " + from + " where " + nameColumn + " like ?")
			.param("%" + SocialMapWriter.SYNTHETIC_MARK)
			.query(Long.class)
			.single();
	}

}
