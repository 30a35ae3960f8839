package nl.speelveld.initiatives.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.UserId;
import nl.speelveld.initiatives.InitiativeCast.Cast;
import nl.speelveld.initiatives.InitiativeCast;
import nl.speelveld.initiatives.InitiativeEvents;
import nl.speelveld.initiatives.InitiativeStatus;
import nl.speelveld.initiatives.InitiativeSupportDecided;
import nl.speelveld.shared.Complaints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static nl.speelveld.initiatives.InitiativeCast.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The life of an initiative: each step only from the right status and by the right person; every step in
 * the history; the gemeente's rules checked on submission; supports counted once per resident.
 */
@SpeelveldTest
class InitiativeLifecycleTests {

	@Autowired
	InitiativeCast people;

	@Autowired
	Submissions submissions;

	@Autowired
	Guidance guidance;

	@Autowired
	Supporters supporters;

	@Autowired
	Updates updates;

	@Autowired
	InitiativeStore store;

	@Autowired
	Ideas ideas;

	@Autowired
	InitiativeEvents events;

	@Autowired
	AssetLinks assets;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	nl.speelveld.socialmap.SocialMapFixture socialMap;

	private UUID organisation;

	private Cast cast;

	@BeforeEach
	void theOosterparkwijk() {
		this.cast = this.people.cast();
		this.people.rules(1, 8);
		this.organisation = this.socialMap.organisation("Buurtvereniging Oost " + UUID.randomUUID(), "vereniging",
				InitiativeCast.GEMEENTE);
	}

	@Test
	void anInitiativeGoesFromIdeaToDoneWithEveryStepInItsHistory() {
		UUID id = this.people.idea(this.cast.initiator(), "Moestuin Oosterpark " + UUID.randomUUID());
		as(this.cast.neighbour(), () -> this.supporters.support(id, true));
		Complaints submitted = as(this.cast.initiator(), () -> this.submissions.submit(id, List.of()));
		assertThat(submitted.all()).isEmpty();
		assertThat(this.store.get(id).answerDue()).isAfter(java.time.LocalDate.now().plusDays(13));

		as(this.cast.professional(), () -> this.guidance.takeIn(id, null, "Ik bel je deze week."));
		assertThat(this.store.get(id).takenPost()).isEqualTo(this.cast.post());
		as(this.cast.professional(), () -> this.guidance.toPlan(id, null));
		assertThat(as(this.cast.coordinator(), () -> this.guidance.grant(id, "1.000", "Past bij het groenbeleid.")).all())
			.isEmpty();
		as(this.cast.initiator(), () -> this.guidance.start(id));
		assertThat(as(this.cast.initiator(), () -> this.updates.post(id, "De eerste bakken staan er.", null, null)).all())
			.isEmpty();
		assertThat(as(this.cast.professional(),
				() -> this.guidance.complete(id, "Twintig buren deden mee.", "Het veldje is groen in plaats van rommelig.",
						"Buren die elkaar niet kenden, oogsten nu samen.", "20"))
			.all()).isEmpty();

		Initiative done = this.store.get(id);
		assertThat(done.status()).isEqualTo(InitiativeStatus.DONE);
		assertThat(done.grantedAmount()).isEqualTo(1000);
		assertThat(done.outcome().participants()).isEqualTo(20);
		assertThat(this.store.history(id)).extracting(HistoryLine::kind, HistoryLine::actor)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("create", "initiator"),
					org.assertj.core.groups.Tuple.tuple("submit", "initiator"),
					org.assertj.core.groups.Tuple.tuple("take-in", "professional"),
					org.assertj.core.groups.Tuple.tuple("to-plan", "guide"),
					org.assertj.core.groups.Tuple.tuple("grant", "coordinator"),
					org.assertj.core.groups.Tuple.tuple("start", "initiator"),
					org.assertj.core.groups.Tuple.tuple("complete", "guide"));
		assertThat(this.store.history(id).get(4).text()).isEqualTo("Past bij het groenbeleid.");
	}

	@Test
	void theStepsTellTheRestOfSpeelveld() {
		UUID id = this.people.idea(this.cast.initiator(), "Buurtfeest " + UUID.randomUUID());
		as(this.cast.neighbour(), () -> this.supporters.support(id, false));
		as(this.cast.initiator(), () -> this.submissions.submit(id, List.of()));
		as(this.cast.professional(), () -> this.guidance.takeIn(id, null, null));
		as(this.cast.professional(), () -> this.guidance.toPlan(id, null));
		as(this.cast.professional(), () -> this.guidance.decline(id, "Hier is al een buurtfeest gepland."));
		assertThat(this.events.about(id)).extracting(event -> event.getClass().getSimpleName())
			.containsExactly("InitiativeSupported", "InitiativeSubmitted", "InitiativeTakenIn", "InitiativeSupportDecided");
		assertThat(this.events.about(id).get(3)).isInstanceOfSatisfying(InitiativeSupportDecided.class,
				decided -> assertThat(decided.granted()).isFalse());
		assertThat(this.events.about(id)).allSatisfy(event -> assertThat(event.area()).isEqualTo(InitiativeCast.WIJK));
	}

	@Test
	void theInitiatorsAndSupportersHearOfEachStepInTheirDigestButNotWhoTookIt() {
		UUID id = this.people.idea(this.cast.initiator(), "Repaircafé " + UUID.randomUUID());
		as(this.cast.neighbour(), () -> this.supporters.support(id, false));
		as(this.cast.initiator(), () -> this.submissions.submit(id, List.of()));
		as(this.cast.professional(), () -> this.guidance.takeIn(id, null, null));
		assertThat(notices(id, this.cast.initiator())).containsExactly("notifications.initiative.taken-in");
		assertThat(notices(id, this.cast.neighbour())).containsExactly("notifications.initiative.submitted",
				"notifications.initiative.taken-in");
		assertThat(notices(id, this.cast.professional())).isEmpty();
	}

	private List<String> notices(UUID initiative, UserId to) {
		return this.jdbc.sql("select message_key from acc_notice where recipient_id = ? and link = ? order by occurred_at")
			.params(to.value(), "/initiatieven/" + initiative)
			.query(String.class)
			.list();
	}

	/** Every step tried from every status it is not allowed from, by someone who could take it otherwise. */
	@Test
	void everyStepFromAWrongStatusIsRefusedWithTheReasonAndChangesNothing() {
		int refusals = 0;
		for (InitiativeStatus status : InitiativeStatus.values()) {
			for (Step step : Step.values()) {
				if (step.allowedFrom(status)) {
					continue;
				}
				UUID id = this.people.idea(this.cast.initiator(), "Overal " + UUID.randomUUID());
				this.people.put(id, status, this.cast.professional(), this.cast.post());
				UserId actor = step.isFor(Actor.INITIATOR) ? this.cast.initiator()
						: step.isFor(Actor.COORDINATOR) ? this.cast.coordinator() : this.cast.professional();
				assertThatThrownBy(() -> as(actor, () -> take(step, id))).as("%s from %s", step, status)
					.isInstanceOf(StepRefused.class)
					.satisfies(refused -> assertThat(((StepRefused) refused).messageKey())
						.isEqualTo("initiative.refused." + step.key()));
				assertThat(this.store.get(id).status()).isEqualTo(status);
				assertThat(this.store.history(id)).hasSize(1);
				refusals++;
			}
		}
		assertThat(refusals).isGreaterThan(60);
	}

	@Test
	void onlyTheRightPeopleTakeSteps() {
		UUID id = this.people.idea(this.cast.initiator(), "Speeltuin " + UUID.randomUUID());
		assertThatThrownBy(() -> as(this.cast.outsider(), () -> this.submissions.submit(id, List.of())))
			.isInstanceOf(AccessDeniedException.class);
		this.people.put(id, InitiativeStatus.SUBMITTED, this.cast.professional(), this.cast.post());
		assertThatThrownBy(() -> as(this.cast.initiator(), () -> this.guidance.takeIn(id, null, null)))
			.as("the initiator does not take in their own initiative")
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(this.cast.outsider(), () -> this.guidance.takeIn(id, null, null)))
			.isInstanceOf(AccessDeniedException.class);
		this.people.put(id, InitiativeStatus.PLAN, this.cast.professional(), this.cast.post());
		assertThatThrownBy(() -> as(this.cast.initiator(), () -> this.guidance.grant(id, "100", "Ik geef het mezelf.")))
			.as("initiators do not grant themselves support")
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.store.get(id).status()).isEqualTo(InitiativeStatus.PLAN);
	}

	@Test
	void submittingChecksTheRulesOfTheGemeenteAllAtOnce() {
		this.people.rules(3, 40, "Het is open voor iedereen.", "Niemand verdient eraan.");
		UUID id = this.people.idea(this.cast.initiator(), "Te vroeg " + UUID.randomUUID());
		Complaints complaints = as(this.cast.initiator(), () -> this.submissions.submit(id, List.of("1")));
		assertThat(complaints.all()).containsOnlyKeys("startsOn", "supporters", "criterion-0");
		assertThat(this.store.get(id).status()).isEqualTo(InitiativeStatus.IDEA);
	}

	@Test
	void grantingMoreThanThePlanAsksIsRefused() {
		UUID id = this.people.idea(this.cast.initiator(), "Bankjes " + UUID.randomUUID());
		this.people.put(id, InitiativeStatus.PLAN, this.cast.professional(), this.cast.post());
		assertThat(as(this.cast.professional(), () -> this.guidance.grant(id, "1401", "Alles en meer.")).all())
			.containsOnlyKeys("amount");
		assertThat(as(this.cast.professional(), () -> this.guidance.grant(id, "", "")).all())
			.containsOnlyKeys("reasons", "amount");
		assertThat(this.store.get(id).status()).isEqualTo(InitiativeStatus.PLAN);
	}

	@Test
	void twoSupportsOfTheSameResidentAtOnceCountOnce() throws Exception {
		UUID id = this.people.idea(this.cast.initiator(), "Samen " + UUID.randomUUID());
		int attempts = 8;
		CountDownLatch ready = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < attempts; i++) {
				Callable<Boolean> support = () -> {
					ready.await();
					return as(this.cast.neighbour(), () -> this.supporters.support(id, false));
				};
				results.add(pool.submit(support));
			}
			ready.countDown();
			int added = 0;
			for (Future<Boolean> result : results) {
				added += result.get() ? 1 : 0;
			}
			assertThat(added).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.store.get(id).supporters()).isEqualTo(1);
		assertThatThrownBy(() -> as(this.cast.initiator(), () -> this.supporters.support(id, false)))
			.isInstanceOf(SupportRefused.class);
		as(this.cast.neighbour(), () -> this.supporters.withdraw(id));
		as(this.cast.neighbour(), () -> this.supporters.withdraw(id));
		assertThat(this.store.get(id).supporters()).isZero();
	}

	private Object take(Step step, UUID id) {
		return switch (step) {
			case SUBMIT -> this.submissions.submit(id, List.of());
			case TAKE_IN -> {
				this.guidance.takeIn(id, null, null);
				yield "";
			}
			case TO_PLAN -> {
				this.guidance.toPlan(id, null);
				yield "";
			}
			case GRANT -> this.guidance.grant(id, "100", "Goed plan voor de buurt.");
			case DECLINE -> this.guidance.decline(id, "Past niet bij de regels.");
			case START -> {
				this.guidance.start(id);
				yield "";
			}
			case COMPLETE -> this.guidance.complete(id, "Het ging goed.", "Schoner nu.", "Meer contact.", null);
			case STOP -> this.guidance.stop(id, "We hebben geen tijd meer.");
			case EDIT_PLAN -> this.ideas.edit(id, InitiativeCast.plan("Anders"));
			case POST_UPDATE -> this.updates.post(id, "Nieuws uit de buurt.", null, null);
			case LINK_ASSET -> {
				this.assets.link(id, "organisation", this.organisation);
				yield "";
			}
		};
	}

}
