package nl.speelveld.socialmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReachingPostsTests {

	private final CountingStore store = new CountingStore();

	@Test
	void anOrderIsReadOnceUntilTheRevisionMovesOrTheDayTurns() {
		ReachingPosts reaching = new ReachingPosts(this.store, 100);
		AreaCode wijk = new AreaCode("WK034406");

		assertThat(reaching.page(wijk, List.of(), 0, 10).total()).isEqualTo(2);
		assertThat(reaching.page(wijk, List.of(), 1, 10).total()).isEqualTo(2);
		assertThat(this.store.ordered).containsExactly("WK034406");

		this.store.revision++;
		reaching.page(wijk, List.of(), 0, 10);
		reaching.page(wijk, List.of(), 0, 10);
		this.store.day = this.store.day.plusDays(1);
		reaching.page(wijk, List.of(), 5, 10);
		assertThat(this.store.ordered).containsExactly("WK034406", "WK034406", "WK034406");
	}

	@Test
	void anAreaInAnotherParentHasAnOrderOfItsOwn() {
		ReachingPosts reaching = new ReachingPosts(this.store, 100);
		AreaCode wijk = new AreaCode("WK034406");

		reaching.page(wijk, List.of(new AreaCode("GM0344")), 0, 10);
		reaching.page(wijk, List.of(new AreaCode("GM0344")), 0, 10);
		reaching.page(wijk, List.of(new AreaCode("GM0345")), 0, 10);

		assertThat(this.store.ordered).containsExactly("WK034406", "WK034406");
	}

	@Test
	void aPageAsksOnlyForItsOwnIds() {
		ReachingPosts reaching = new ReachingPosts(this.store, 100);

		reaching.page(new AreaCode("WK034406"), List.of(), 1, 1);
		reaching.page(new AreaCode("WK034406"), List.of(), 2, 1);

		assertThat(this.store.asked).hasSize(2);
		assertThat(this.store.asked.get(0)).hasSize(1);
		assertThat(this.store.asked.get(1)).isEmpty();
	}

	@Test
	void beyondTheCapOrdersAreDroppedToMakeRoom() {
		ReachingPosts reaching = new ReachingPosts(this.store, 3);

		// Two orders of two ids do not fit under a cap of three: each new one drops the other.
		for (String wijk : List.of("WK034401", "WK034402", "WK034402", "WK034401", "WK034401", "WK034402")) {
			reaching.page(new AreaCode(wijk), List.of(), 0, 10);
		}

		assertThat(this.store.ordered).containsExactly("WK034401", "WK034402", "WK034401", "WK034402");
	}

	/** Two new ids for every order read, no posts, and a version the test moves. */
	private static final class CountingStore extends PostStore {

		long revision = 1;

		LocalDate day = LocalDate.of(2025, 3, 1);

		final List<String> ordered = new ArrayList<>();

		final List<List<UUID>> asked = new ArrayList<>();

		CountingStore() {
			super(null);
		}

		@Override
		Version version() {
			return new Version(this.revision, this.day);
		}

		@Override
		Ordered orderedReaching(AreaCode area, List<AreaCode> parents) {
			this.ordered.add(area.value());
			return new Ordered(version(), List.of(UUID.randomUUID(), UUID.randomUUID()));
		}

		@Override
		Rows byIds(List<UUID> ids) {
			this.asked.add(ids);
			return new Rows(List.of(), version());
		}

	}

}
