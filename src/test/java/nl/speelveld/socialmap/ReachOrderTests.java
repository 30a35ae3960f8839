package nl.speelveld.socialmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReachOrderTests {

	private final CountingStore store = new CountingStore();

	@Test
	void anOrderIsReadOnceUntilTheRevisionMovesOrTheDayTurns() {
		ReachOrder order = new ReachOrder(this.store, 100);
		AreaCode wijk = new AreaCode("WK034406");

		List<UUID> first = order.reaching(wijk, List.of());
		assertThat(order.reaching(wijk, List.of())).isEqualTo(first);
		assertThat(this.store.read).containsExactly("WK034406");

		this.store.revision++;
		assertThat(order.reaching(wijk, List.of())).isNotEqualTo(first);
		this.store.day = this.store.day.plusDays(1);
		order.reaching(wijk, List.of());
		assertThat(this.store.read).containsExactly("WK034406", "WK034406", "WK034406");
	}

	@Test
	void beyondTheCapTheOrdersKeptLongestAreDropped() {
		ReachOrder order = new ReachOrder(this.store, 5);

		order.reaching(new AreaCode("WK034401"), List.of());
		order.reaching(new AreaCode("WK034402"), List.of());
		order.reaching(new AreaCode("WK034403"), List.of());
		order.reaching(new AreaCode("WK034403"), List.of());
		order.reaching(new AreaCode("WK034402"), List.of());
		order.reaching(new AreaCode("WK034401"), List.of());

		assertThat(this.store.read).containsExactly("WK034401", "WK034402", "WK034403", "WK034401");
	}

	/** Two new ids for every order read, and a version the test moves. */
	private static final class CountingStore extends PostStore {

		long revision = 1;

		LocalDate day = LocalDate.of(2025, 3, 1);

		final List<String> read = new ArrayList<>();

		CountingStore() {
			super(null);
		}

		@Override
		Version version() {
			return new Version(this.revision, this.day);
		}

		@Override
		Ordered orderedReaching(AreaCode area, List<AreaCode> parents) {
			this.read.add(area.value());
			return new Ordered(version(), List.of(UUID.randomUUID(), UUID.randomUUID()));
		}

	}

}
