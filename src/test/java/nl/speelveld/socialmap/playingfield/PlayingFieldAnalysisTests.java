package nl.speelveld.socialmap.playingfield;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.roles.FocusTheme;
import nl.speelveld.roles.Goal;
import nl.speelveld.roles.RoleType;
import nl.speelveld.socialmap.Contact;
import nl.speelveld.socialmap.Coverage;
import nl.speelveld.socialmap.CoveringPost;
import nl.speelveld.socialmap.OrganisationRef;
import nl.speelveld.socialmap.Post;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlayingFieldAnalysisTests {

	private static final AreaCode UTRECHT = new AreaCode("GM0344");

	private static final AreaCode BINNENSTAD = new AreaCode("WK034406");

	private static final AreaCode OOST = new AreaCode("WK034405");

	private static final AreaCode DOMPLEIN = new AreaCode("BU03440611");

	private static final AreaCode NEUDE = new AreaCode("BU03440612");

	private static final List<FocusTheme> THEMES = List.of(theme("veiligheid", Goal.G1), theme("overlast", Goal.G1),
			theme("openbare-ruimte", Goal.G1), theme("eenzaamheid", Goal.G1), theme("inspraak", Goal.G2),
			theme("zelforganisatie", Goal.G2));

	private static final List<RoleType> ROLES = List.of(role("wijkagent", 5000, "veiligheid", "overlast"),
			role("buurtconcierge", null, "openbare-ruimte", "overlast"),
			role("opbouwwerker", null, "zelforganisatie", "eenzaamheid"), role("participatiemakelaar", null, "inspraak"));

	private final Map<AreaCode, Integer> populations = new HashMap<>(
			Map.of(UTRECHT, 285_000, BINNENSTAD, 14_250, OOST, 5_750, DOMPLEIN, 1_200, NEUDE, 800));

	private final List<CoveringPost> posts = new ArrayList<>();

	@Test
	void postsOfTwoRolesOnOneThemeForTheWholeAreaOverlap() {
		CoveringPost agent = direct("wijkagent", BINNENSTAD, "overlast");
		CoveringPost caretaker = direct("buurtconcierge", BINNENSTAD, "overlast", "openbare-ruimte");

		PlayingField field = analyse(BINNENSTAD);

		assertThat(theme(field, "overlast").status()).isEqualTo(ThemeStatus.OVERLAP);
		assertThat(field.overlaps()).singleElement().satisfies(overlap -> {
			assertThat(overlap.theme().code()).isEqualTo("overlast");
			assertThat(overlap.roleCodes()).containsExactly("wijkagent", "buurtconcierge");
			assertThat(overlap.roles().get(0).posts()).containsExactly(agent);
			assertThat(overlap.roles().get(1).posts()).containsExactly(caretaker);
			assertThat(overlap.partly()).isFalse();
		});
		assertThat(theme(field, "openbare-ruimte").status()).isEqualTo(ThemeStatus.COVERED);
	}

	@Test
	void twoPostsOfTheSameRoleAreNoOverlap() {
		direct("wijkagent", BINNENSTAD, "veiligheid");
		direct("wijkagent", BINNENSTAD, "veiligheid");

		PlayingField field = analyse(BINNENSTAD);

		assertThat(theme(field, "veiligheid").status()).isEqualTo(ThemeStatus.COVERED);
		assertThat(theme(field, "veiligheid").posts()).hasSize(2);
		assertThat(field.overlaps()).isEmpty();
	}

	@Test
	void aThemeWorkedOnOnlyInABuurtOfTheWijkIsPartlyCovered() {
		child("buurtconcierge", BINNENSTAD, List.of(DOMPLEIN), "openbare-ruimte");

		ThemeField theme = theme(analyse(BINNENSTAD), "openbare-ruimte");

		assertThat(theme.status()).isEqualTo(ThemeStatus.PARTLY);
		assertThat(theme.partly()).isTrue();
		assertThat(theme.posts()).singleElement().satisfies(post -> assertThat(post.partly()).isTrue());
	}

	@Test
	void aPostForTheWholeGemeenteCoversTheWijkFully() {
		parent("participatiemakelaar", List.of(UTRECHT), "inspraak");

		assertThat(theme(analyse(BINNENSTAD), "inspraak").status()).isEqualTo(ThemeStatus.COVERED);
	}

	@Test
	void postsInDifferentBuurtenDoNotOverlapButPostsInTheSameBuurtDoInThatPart() {
		child("wijkagent", BINNENSTAD, List.of(DOMPLEIN), "overlast");
		child("buurtconcierge", BINNENSTAD, List.of(NEUDE), "overlast");

		assertThat(theme(analyse(BINNENSTAD), "overlast").status()).isEqualTo(ThemeStatus.PARTLY);

		child("buurtconcierge", BINNENSTAD, List.of(DOMPLEIN), "overlast");
		PlayingField field = analyse(BINNENSTAD);

		assertThat(theme(field, "overlast").status()).isEqualTo(ThemeStatus.OVERLAP);
		assertThat(field.overlaps()).singleElement().satisfies(overlap -> {
			assertThat(overlap.partly()).isTrue();
			assertThat(overlap.roles().get(1).posts()).as("only the buurtconciërge who meets the wijkagent").hasSize(1);
		});
	}

	@Test
	void seenFromTheGemeenteAPostInAWijkMeetsAPostInOneOfItsBuurten() {
		child("wijkagent", UTRECHT, List.of(BINNENSTAD), "overlast");
		child("buurtconcierge", UTRECHT, List.of(DOMPLEIN), "overlast");
		child("opbouwwerker", UTRECHT, List.of(OOST), "eenzaamheid");

		PlayingField field = analyse(UTRECHT);

		assertThat(field.overlaps()).singleElement().satisfies(overlap -> {
			assertThat(overlap.roleCodes()).containsExactly("wijkagent", "buurtconcierge");
			assertThat(overlap.partly()).isTrue();
		});
	}

	@Test
	void aPostForTheWholeAreaMeetsAPostInAPartOfIt() {
		direct("wijkagent", BINNENSTAD, "overlast");
		child("buurtconcierge", BINNENSTAD, List.of(NEUDE), "overlast");

		assertThat(analyse(BINNENSTAD).overlaps()).singleElement()
			.satisfies(overlap -> assertThat(overlap.partly()).as("they meet in the Neude only").isTrue());
	}

	@Test
	void themesAndGoalsWithoutAnyoneAreGaps() {
		direct("wijkagent", BINNENSTAD, "veiligheid");

		PlayingField field = analyse(BINNENSTAD);

		assertThat(theme(field, "eenzaamheid").status()).isEqualTo(ThemeStatus.GAP);
		assertThat(field.gaps().themes()).extracting(FocusTheme::code)
			.containsExactly("overlast", "openbare-ruimte", "eenzaamheid", "inspraak", "zelforganisatie");
		assertThat(field.gaps().goals()).containsExactly(Goal.G2);
		assertThat(field.goals().get(0).hasPosts()).isTrue();
	}

	@Test
	void anAreaWithoutPostsIsOneBigGap() {
		PlayingField field = analyse(BINNENSTAD);

		assertThat(field.gaps().goals()).containsExactly(Goal.G1, Goal.G2);
		assertThat(field.gaps().themes()).hasSize(THEMES.size());
		assertThat(field.overlaps()).isEmpty();
		assertThat(field.postCount()).isZero();
	}

	@Test
	void aPostWithoutFocusWorksOnTheThemesOfItsRole() {
		direct("opbouwwerker", BINNENSTAD);

		PlayingField field = analyse(BINNENSTAD);

		assertThat(theme(field, "zelforganisatie").posts()).singleElement()
			.satisfies(post -> assertThat(post.focusFromRole()).isTrue());
		assertThat(theme(field, "eenzaamheid").status()).isEqualTo(ThemeStatus.COVERED);
		assertThat(theme(field, "inspraak").status()).isEqualTo(ThemeStatus.GAP);
	}

	@Test
	void postsOfUnknownRoleTypesAreLeftOut() {
		direct("astronaut", BINNENSTAD, "veiligheid");

		assertThat(theme(analyse(BINNENSTAD), "veiligheid").status()).isEqualTo(ThemeStatus.GAP);
	}

	@Test
	void theNormAsksForInhabitantsDividedByTheNormRoundedUp() {
		direct("wijkagent", BINNENSTAD, "veiligheid");

		NormCheck check = analyse(BINNENSTAD).norms().get(0);

		assertThat(check.role().code()).isEqualTo("wijkagent");
		assertThat(check.inhabitants()).isEqualTo(14_250);
		assertThat(check.required()).isEqualTo(3);
		assertThat(check.present()).isEqualByComparingTo("1");
		assertThat(check.shortfall()).isEqualByComparingTo("2");
		assertThat(check.isShort()).isTrue();
		assertThat(check.estimated()).isFalse();
		assertThat(analyse(BINNENSTAD).norms()).as("only roles with a norm").hasSize(1);
	}

	@Test
	void aPostCountsForTheShareOfItsInhabitantsThatLiveInTheArea() {
		direct("wijkagent", BINNENSTAD, "veiligheid");
		// Two wijken: 14,250 of its 20,000 inhabitants live in the Binnenstad.
		post("wijkagent", Coverage.DIRECT, List.of(BINNENSTAD, OOST), List.of(BINNENSTAD), false, "veiligheid");
		// The whole gemeente: 14,250 of 285,000.
		parent("wijkagent", List.of(UTRECHT), "veiligheid");
		// One buurt of the wijk: fully here.
		child("wijkagent", BINNENSTAD, List.of(DOMPLEIN), "veiligheid");

		NormCheck check = analyse(BINNENSTAD).norms().get(0);

		assertThat(check.posts()).isEqualTo(4);
		assertThat(check.present()).isEqualByComparingTo("2.76"); // 1 + 0.7125 + 0.05 + 1
		assertThat(check.shortfall()).isEqualByComparingTo("0.24");
	}

	@Test
	void aPostInAWijkCountsInTheGemeenteForItsWholeTime() {
		child("wijkagent", UTRECHT, List.of(BINNENSTAD), "veiligheid");

		NormCheck check = analyse(UTRECHT).norms().get(0);

		assertThat(check.required()).isEqualTo(57);
		assertThat(check.present()).isEqualByComparingTo("1");
		assertThat(check.shortfall()).isEqualByComparingTo("56");
	}

	@Test
	void enoughPostsLeaveNoShortfall() {
		for (int i = 0; i < 4; i++) {
			direct("wijkagent", BINNENSTAD, "veiligheid");
		}

		NormCheck check = analyse(BINNENSTAD).norms().get(0);

		assertThat(check.present()).isEqualByComparingTo("4");
		assertThat(check.shortfall()).isEqualByComparingTo("0");
		assertThat(check.isShort()).isFalse();
	}

	@Test
	void aNormFromTheDeploymentIsCheckedLikeOneFromTheTypology() {
		direct("buurtconcierge", BINNENSTAD, "openbare-ruimte");
		var settings = new PlayingFieldSettings(Map.of("buurtconcierge", 10_000, "wijkagent", 0));

		PlayingField field = new PlayingFieldAnalysis(ROLES, THEMES, settings.normsOf(ROLES))
			.analyse(BINNENSTAD, 14_250, this.posts, this.populations::get);

		assertThat(field.norms()).singleElement().satisfies(check -> {
			assertThat(check.role().code()).isEqualTo("buurtconcierge");
			assertThat(check.norm()).isEqualTo(new Norm(10_000, Norm.Source.DEPLOYMENT));
			assertThat(check.required()).isEqualTo(2);
			assertThat(check.shortfall()).isEqualByComparingTo("1");
		});
	}

	@Test
	void withoutAPopulationFigureTheNeedIsUnknownAndSharesAreEstimated() {
		direct("wijkagent", BINNENSTAD, "veiligheid");
		this.populations.remove(BINNENSTAD);

		NormCheck unknown = new PlayingFieldAnalysis(ROLES, THEMES, norms())
			.analyse(BINNENSTAD, null, this.posts, this.populations::get).norms().get(0);

		assertThat(unknown.required()).isNull();
		assertThat(unknown.shortfall()).isNull();
		assertThat(unknown.present()).isEqualByComparingTo("1");
		assertThat(unknown.estimated()).isTrue();
	}

	@Test
	void withoutThePopulationOfAnotherWorkingAreaAPostCountsPerArea() {
		post("wijkagent", Coverage.DIRECT, List.of(BINNENSTAD, OOST), List.of(BINNENSTAD), false, "veiligheid");
		this.populations.remove(OOST);

		NormCheck check = analyse(BINNENSTAD).norms().get(0);

		assertThat(check.present()).isEqualByComparingTo("0.5");
		assertThat(check.estimated()).isTrue();
	}

	@Test
	void stalePostsCountButAreFlagged() {
		post("wijkagent", Coverage.DIRECT, List.of(BINNENSTAD), List.of(BINNENSTAD), true, "veiligheid");
		direct("wijkagent", BINNENSTAD, "veiligheid");

		PlayingField field = analyse(BINNENSTAD);

		assertThat(theme(field, "veiligheid").status()).isEqualTo(ThemeStatus.COVERED);
		assertThat(theme(field, "veiligheid").staleCount()).isEqualTo(1);
		assertThat(theme(field, "veiligheid").posts()).extracting(ThemePost::stale).containsExactlyInAnyOrder(true, false);
		assertThat(field.norms().get(0).present()).isEqualByComparingTo("2");
		assertThat(field.norms().get(0).stalePosts()).isEqualTo(1);
	}

	@Test
	void aStalePostAloneStillCoversItsTheme() {
		post("opbouwwerker", Coverage.DIRECT, List.of(BINNENSTAD), List.of(BINNENSTAD), true, "eenzaamheid");

		assertThat(theme(analyse(BINNENSTAD), "eenzaamheid").status()).isEqualTo(ThemeStatus.COVERED);
	}

	@Test
	void workingAreasInsideAnotherWorkingAreaCountOnce() {
		assertThat(NormShares.outermost(List.of(DOMPLEIN, BINNENSTAD, OOST, BINNENSTAD))).containsExactly(BINNENSTAD, OOST);
		assertThat(PlayingFieldAnalysis.lies(DOMPLEIN, UTRECHT)).isTrue();
		assertThat(PlayingFieldAnalysis.lies(UTRECHT, DOMPLEIN)).isFalse();
		assertThat(PlayingFieldAnalysis.lies(new AreaCode("KR0344A1"), BINNENSTAD)).as("villages do not lie in wijken")
			.isFalse();
	}

	@Test
	void aNormSetToZeroByTheDeploymentSwitchesTheNormOff() {
		assertThat(new PlayingFieldSettings(Map.of("wijkagent", 0)).normsOf(ROLES)).isEmpty();
		assertThat(new PlayingFieldSettings(null).normsOf(ROLES))
			.containsExactly(Map.entry("wijkagent", new Norm(5000, Norm.Source.TYPOLOGY)));
	}

	private PlayingField analyse(AreaCode area) {
		return new PlayingFieldAnalysis(ROLES, THEMES, norms()).analyse(area, this.populations.get(area), this.posts,
				this.populations::get);
	}

	private static Map<String, Norm> norms() {
		return new PlayingFieldSettings(null).normsOf(ROLES);
	}

	private static ThemeField theme(PlayingField field, String code) {
		return field.goals()
			.stream()
			.flatMap(goal -> goal.themes().stream())
			.filter(theme -> theme.theme().code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private CoveringPost direct(String role, AreaCode area, String... focus) {
		return post(role, Coverage.DIRECT, List.of(area), List.of(area), false, focus);
	}

	private CoveringPost parent(String role, List<AreaCode> areas, String... focus) {
		return post(role, Coverage.PARENT, areas, areas, false, focus);
	}

	private CoveringPost child(String role, AreaCode seenFrom, List<AreaCode> areas, String... focus) {
		assertThat(areas).allMatch(area -> PlayingFieldAnalysis.lies(area, seenFrom));
		return post(role, Coverage.CHILD, areas, areas, false, focus);
	}

	private CoveringPost post(String role, Coverage coverage, List<AreaCode> areas, List<AreaCode> via, boolean stale,
			String... focus) {
		var post = new Post(UUID.randomUUID(), role, role + " " + this.posts.size(),
				new OrganisationRef(UUID.randomUUID(), "Organisatie", "gemeente"), null, areas, List.of(focus), "",
				List.of("nl"), null, null, new Contact(null, null, null), null, LocalDate.now());
		var covering = new CoveringPost(post, coverage, via, stale);
		this.posts.add(covering);
		return covering;
	}

	private static FocusTheme theme(String code, Goal goal) {
		return new FocusTheme(code, goal, code, code);
	}

	private static RoleType role(String code, Integer norm, String... focus) {
		return new RoleType(code, code, code, "Definitie van " + code, "Definition of " + code, new BigDecimal("1.00"),
				new BigDecimal("0.20"), List.of(focus), List.of(), List.of(), norm, true);
	}

}
