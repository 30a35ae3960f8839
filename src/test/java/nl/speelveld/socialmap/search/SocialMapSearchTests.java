package nl.speelveld.socialmap.search;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Search as residents type: with typos, other word forms, local job titles and accents left out; narrowed
 * to an area, a role or a kind; best hits first. Every test searches among its own rows by their made-up word.
 */
@SpeelveldTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SocialMapSearchTests {

	@Autowired
	SocialMapSearch search;

	@Autowired
	JdbcClient jdbc;

	SocialMapData data;

	UUID welfare;

	UUID opbouwwerker;

	UUID wijkagent;

	UUID jongerenwerker;

	UUID wijkregisseur;

	UUID ideeenmakelaar;

	UUID garden;

	UUID vegetables;

	@BeforeAll
	void someoneMappedTheirNeighbourhood() {
		this.data = new SocialMapData(this.jdbc);
		String word = this.data.word;
		this.welfare = this.data.organisation("Welzijn " + word, "welzijnsorganisatie",
				"Buurtwerk voor iedereen in de wijk.", "GM0344");
		UUID police = this.data.organisation("Politie " + word, "politie", "De politie in de regio.", "GM0344");
		UUID municipality = this.data.organisation("Gemeente " + word, "gemeente", "", "GM0344");
		UUID anna = this.data.professional("Anna " + word);
		this.opbouwwerker = this.data.post("opbouwwerker", this.welfare, anna, "Opbouwwerker Binnenstad " + word,
				List.of("zelforganisatie"), "Op dinsdag in het buurthuis", "WK034406");
		this.wijkagent = this.data.post("wijkagent", police, null, "Wijkagent Domplein " + word, List.of("veiligheid"),
				"", "BU03440611");
		this.jongerenwerker = this.data.post("jongerenwerker", this.welfare, null, "Jongerenwerker " + word,
				List.of("jeugd"), "", "GM0344");
		this.wijkregisseur = this.data.post("wijkregisseur", municipality, null, "Aanspreekpunt Zuid " + word,
				List.of(), "", "WK034407");
		this.ideeenmakelaar = this.data.post("ideeenmakelaar", municipality, null, "Ideeën voor de buurt " + word,
				List.of(), "", "GM0344");
		this.garden = this.data.place("moestuin", "Buurttuin " + word, "Een moestuin voor de buurt.", "BU03440611");
		this.vegetables = this.data.service(this.welfare, "Groente kweken " + word,
				"Samen moestuinieren in de moestuin achter het buurthuis.", "WK034407");
		this.data.offerAt(this.vegetables, this.garden);
	}

	@Test
	void aTypoInARoleFindsThePostsOfThatRole() {
		SearchResults results = search("opbouwerker " + this.data.word);

		assertThat(ids(results)).containsExactly(this.opbouwwerker);
		assertThat(results.corrected()).isEqualTo("opbouwwerker " + this.data.word);
		assertThat(results.query()).isEqualTo("opbouwerker " + this.data.word);
	}

	@Test
	void swappedLettersCountAsOneTypo() {
		SearchResults results = search("wijkagnet " + this.data.word);

		assertThat(ids(results)).containsExactly(this.wijkagent);
		assertThat(results.corrected()).isEqualTo("wijkagent " + this.data.word);
	}

	@Test
	void aPluralFindsTheSingular() {
		SearchResults results = search("moestuinen " + this.data.word);

		assertThat(ids(results)).containsExactlyInAnyOrder(this.garden, this.vegetables);
		assertThat(results.corrected()).isNull();
	}

	@Test
	void theStartOfAWordFindsTheWholeWord() {
		SearchResults results = search("jongerenwerk " + this.data.word);

		assertThat(ids(results)).containsExactly(this.jongerenwerker);
		assertThat(results.corrected()).isNull();
	}

	@Test
	void aLocalJobTitleFindsThePostsOfItsRoleType() {
		assertThat(ids(search("gebiedsregisseur " + this.data.word))).containsExactly(this.wijkregisseur);
		assertThat(ids(search("Area manager " + this.data.word))).containsExactly(this.wijkregisseur);
	}

	@Test
	void accentsMayBeLeftOut() {
		assertThat(ids(search("ideeenmakelaar " + this.data.word))).containsExactly(this.ideeenmakelaar);
		assertThat(ids(search("Ideeën " + this.data.word))).containsExactly(this.ideeenmakelaar);
	}

	@Test
	void aNewLocalJobTitleFindsThePostsAtOnce() {
		String title = "Straatcoach" + this.data.word.substring(1);
		this.jdbc.sql("insert into roles_alias (role_code, alias, gemeente) values ('jongerenwerker', ?, 'GM0344')")
			.param(title)
			.update();
		try {
			// Other tests' jongerenwerkers have the new title too, so look among this class's rows.
			assertThat(ids(search(title + " " + this.data.word))).containsExactly(this.jongerenwerker);
		}
		finally {
			this.jdbc.sql("delete from roles_alias where alias = ?").param(title).update();
		}
		assertThat(ids(search(title + " " + this.data.word))).isEmpty();
	}

	@Test
	void aRenamedOrganisationIsFoundByItsNewNameThroughItsPosts() {
		var own = new SocialMapData(this.jdbc);
		UUID organisation = own.organisation("Stichting Oud " + own.word, "vereniging", "", "GM0344");
		UUID post = own.post("buurtsportcoach", organisation, null, "Buurtsportcoach", List.of(), "", "GM0344");

		own.renameOrganisation(organisation, "Stichting Nieuw " + own.word);

		assertThat(ids(search("nieuw " + own.word))).containsExactlyInAnyOrder(organisation, post);
		assertThat(ids(search("oud " + own.word))).isEmpty();
	}

	@Test
	void aSearchInABuurtFindsPostsOfItsWijkAndGemeenteButNotOfAnotherWijk() {
		assertThat(ids(search(this.data.word, "BU03440611", null, Set.of(HitType.POST))))
			.containsExactlyInAnyOrder(this.opbouwwerker, this.wijkagent, this.jongerenwerker, this.ideeenmakelaar);
	}

	@Test
	void aSearchInAGemeenteFindsWhatLiesInside() {
		assertThat(ids(search(this.data.word, "GM0344", null, Set.of(HitType.POST, HitType.PLACE))))
			.containsExactlyInAnyOrder(this.opbouwwerker, this.wijkagent, this.jongerenwerker, this.wijkregisseur,
					this.ideeenmakelaar, this.garden);
		assertThat(ids(search(this.data.word, "GM0363", null, Set.of()))).isEmpty();
	}

	@Test
	void aPlaceIsFoundInItsOwnAreaOnly() {
		assertThat(ids(search(this.data.word, "WK034406", null, Set.of(HitType.PLACE)))).containsExactly(this.garden);
		assertThat(ids(search(this.data.word, "BU03440612", null, Set.of(HitType.PLACE)))).isEmpty();
		assertThat(ids(search(this.data.word, "WK034407", null, Set.of(HitType.PLACE)))).isEmpty();
	}

	@Test
	void aServiceIsFoundWhereItIsOfferedToo() {
		assertThat(ids(search("moestuin " + this.data.word, "BU03440611", null, Set.of(HitType.SERVICE))))
			.containsExactly(this.vegetables);
	}

	@Test
	void aRoleNarrowsToPostsOfThatRole() {
		assertThat(ids(search(this.data.word, null, "wijkagent", Set.of()))).containsExactly(this.wijkagent);
	}

	@Test
	void aKindNarrowsToThatKind() {
		assertThat(search(this.data.word, null, null, Set.of(HitType.ORGANISATION)).items())
			.extracting(SearchHit::type)
			.containsOnly(HitType.ORGANISATION)
			.hasSize(3);
	}

	@Test
	void aHitOnTheNameRanksAboveAHitInTheDescription() {
		var own = new SocialMapData(this.jdbc);
		UUID described = own.organisation("Stichting Verderop", "vereniging",
				"Wij werken samen met " + own.word + " en andere clubs.", "GM0344");
		UUID named = own.organisation(own.word + " Buurthuis", "vereniging", "Een buurthuis.", "GM0344");

		assertThat(ids(search(own.word))).containsExactly(named, described);
	}

	@Test
	void aWordInThousandsOfTextsStillFindsTheNamesFirstAndSaysTheCountIsAtLeast() {
		var own = new SocialMapData(this.jdbc);
		this.jdbc.sql("""
				insert into smap_place (id, kind, name, description, area_code)
				select gen_random_uuid(), 'speeltuin', 'Speeltuin ' || i, 'Bij ' || :word || ' om de hoek.', 'BU03440611'
				from generate_series(1, :count) i""")
			.param("word", own.word)
			.param("count", HitFinder.CAP + 20)
			.update();
		UUID named = own.place("buurthuis", "Buurthuis " + own.word, "", "BU03440611");

		SearchResults results = search(own.word, null, null, Set.of(), 0, 10);

		assertThat(results.items().get(0).id()).isEqualTo(named);
		assertThat(results.exact()).isFalse();
		assertThat(results.total()).isGreaterThanOrEqualTo(HitFinder.CAP);
		assertThat(search(own.word + " buurthuis").exact()).isTrue();
	}

	@Test
	void hitsSayWhereTheyLeadAndWhereTheyAre() {
		SearchHit post = search("opbouwwerker " + this.data.word).items().get(0);
		SearchHit team = search("jongerenwerker " + this.data.word).items().get(0);
		SearchHit service = search("groente " + this.data.word).items().get(0);

		assertThat(post.url()).startsWith("/professionals/");
		assertThat(post.role()).isEqualTo("opbouwwerker");
		assertThat(post.areas()).containsExactly("WK034406");
		assertThat(post.summary()).isEqualTo("Anna " + this.data.word + " · Welzijn " + this.data.word);
		assertThat(team.url()).isEqualTo("/organisaties/" + this.welfare);
		assertThat(service.url()).isEqualTo("/organisaties/" + this.welfare + "#dienst-" + this.vegetables);
		assertThat(service.areas()).containsExactly("BU03440611", "WK034407");
	}

	@Test
	void pagesShareOneTotal() {
		SearchResults first = search(this.data.word, null, null, Set.of(), 0, 2);
		SearchResults second = search(this.data.word, null, null, Set.of(), 1, 2);
		SearchResults beyond = search(this.data.word, null, null, Set.of(), 50, 2);

		assertThat(first.total()).isEqualTo(second.total()).isEqualTo(beyond.total()).isGreaterThan(4);
		assertThat(first.exact()).isTrue();
		assertThat(first.items()).hasSize(2);
		assertThat(ids(second)).hasSize(2).doesNotContainAnyElementsOf(ids(first));
		assertThat(beyond.items()).isEmpty();
	}

	@Test
	void phrasesAlternativesAndLeftOutWordsWorkAsInAWebSearchEngine() {
		String word = this.data.word;
		assertThat(ids(search("\"wijkagent domplein\" " + word))).containsExactly(this.wijkagent);
		assertThat(ids(search("\"domplein wijkagent\" " + word))).isEmpty();
		// or binds looser than the words around it, so other rows may match the first alternative alone
		assertThat(mine(search(word + " wijkagent or jongerenwerker " + word))).containsExactlyInAnyOrder(
				this.wijkagent, this.jongerenwerker);
		assertThat(mine(search(word + " wijkagent OR jongerenwerker " + word))).containsExactlyInAnyOrder(
				this.wijkagent, this.jongerenwerker);
		assertThat(ids(search(word + " -politie", null, null, Set.of(HitType.POST)))).doesNotContain(this.wijkagent)
			.contains(this.opbouwwerker);
	}

	@Test
	void aWordThatIsNowhereAndLooksLikeNothingStaysAsTyped() {
		SearchResults results = search("xqzwvkj " + this.data.word);

		assertThat(results.items()).isEmpty();
		assertThat(results.corrected()).isNull();
	}

	@Test
	void wordsThatNoDocumentHoldsAnyMoreAreForgotten(@Autowired Vocabulary vocabulary) {
		var own = new SocialMapData(this.jdbc);
		UUID place = own.place("speeltuin", "Speeltuin " + own.word, "", "BU03440611");
		assertThat(known(own.word)).isTrue();

		this.jdbc.sql("delete from smap_place where id = ?").param(place).update();
		vocabulary.prune();

		assertThat(known(own.word)).isFalse();
		assertThat(known("gebiedsregisseur")).as("a local job title stays, with or without posts").isTrue();
	}

	@Test
	void refusesSearchesThatCannotBeRun() {
		assertThatThrownBy(() -> search("  ")).isInstanceOf(SearchRefused.class).hasMessageContaining("problem.search.empty");
		assertThatThrownBy(() -> search("a".repeat(201))).hasMessageContaining("problem.search.too-long");
		assertThatThrownBy(() -> search("-politie")).hasMessageContaining("problem.search.only-excluded");
		assertThatThrownBy(() -> search("x", "GM9999", null, Set.of())).hasMessageContaining("problem.search.unknown-area");
		assertThatThrownBy(() -> search("x", null, "astronaut", Set.of())).hasMessageContaining("problem.search.unknown-role");
		assertThatThrownBy(() -> search("x", null, null, Set.of(), 0, 101)).hasMessageContaining("problem.search.bad-page");
		assertThatThrownBy(() -> search("x", null, null, Set.of(), -1, 10)).hasMessageContaining("problem.search.bad-page");
	}

	@Test
	void aChangeToTheMapShowsInTheNextSearchThoughTheLastAnswerWasKept() {
		String word = this.data.word;
		assertThat(search(word, "WK034406", null, Set.of(HitType.PLACE)).items()).extracting(SearchHit::id)
			.containsExactly(this.garden);

		UUID climbing = this.data.place("speeltuin", "Klimrek " + word, "Een klimrek voor de buurt.", "BU03440611");
		assertThat(search(word, "WK034406", null, Set.of(HitType.PLACE)).items()).extracting(SearchHit::id)
			.containsExactlyInAnyOrder(this.garden, climbing);

		this.jdbc.sql("update smap_place set name = ? where id = ?").params("Klimtoren " + word, climbing).update();
		assertThat(search(word, "WK034406", null, Set.of(HitType.PLACE)).items()).extracting(SearchHit::title)
			.contains("Klimtoren " + word);
		this.jdbc.sql("delete from smap_place where id = ?").param(climbing).update();
		assertThat(search(word, "WK034406", null, Set.of(HitType.PLACE)).items()).extracting(SearchHit::id)
			.containsExactly(this.garden);
	}

	private SearchResults search(String text) {
		return search(text, null, null, Set.of());
	}

	private SearchResults search(String text, @Nullable String area, @Nullable String role, Set<HitType> types) {
		return search(text, area, role, types, 0, 50);
	}

	private SearchResults search(String text, @Nullable String area, @Nullable String role, Set<HitType> types,
			int page, int size) {
		return this.search.search(new SearchRequest(text, area == null ? null : new AreaCode(area), role, types, page,
				size));
	}

	private boolean known(String word) {
		return this.jdbc.sql("select count(*) from smap_search_word where word = ?").param(word).query(Integer.class)
			.single() > 0;
	}

	/** The hits among this class's own rows. */
	private List<UUID> mine(SearchResults results) {
		List<UUID> own = List.of(this.welfare, this.opbouwwerker, this.wijkagent, this.jongerenwerker,
				this.wijkregisseur, this.ideeenmakelaar, this.garden, this.vegetables);
		return ids(results).stream().filter(own::contains).toList();
	}

	private static List<UUID> ids(SearchResults results) {
		return results.items().stream().map(SearchHit::id).toList();
	}

}
