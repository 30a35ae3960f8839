package nl.speelveld.participation.proposals;

import java.util.Comparator;
import java.util.List;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.participation.processes.Process;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages of a process with more proposals than are counted: the count, the order and the last page hold. */
@SpeelveldTest
class ProposalListTests {

	@Autowired
	SyntheticProposals synthetic;

	@Autowired
	ProposalList list;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLongListCountsUpToTheCapAndAWordSearchCountsExactlyToItsLastPage() {
		Process process = this.synthetic.replace(1_050, 11);

		ProposalPage first = page(process, null, null, "0");
		assertThat(first.total()).isEqualTo(ProposalList.COUNT_CAP);
		assertThat(first.capped()).isTrue();
		assertThat(first.hasNext()).isTrue();
		assertThat(first.items()).hasSize(ProposalQuery.DEFAULT_SIZE)
			.isSortedAccordingTo(Comparator.comparing(ListedProposal::createdAt).reversed());
		assertThat(page(process, null, "supported", "0").items())
			.isSortedAccordingTo(Comparator.comparingInt(ListedProposal::supporters).reversed());

		long matching = this.jdbc.sql("""
				select count(*) from participation_proposal
				where process_id = ? and search @@ websearch_to_tsquery('dutch', 'bankjes')""")
			.param(process.id())
			.query(Long.class)
			.single();
		assertThat(matching).isBetween(2L, (long) ProposalList.COUNT_CAP);
		int last = (int) ((matching - 1) / ProposalQuery.DEFAULT_SIZE);
		ProposalPage lastPage = page(process, "bankjes", null, String.valueOf(last));
		assertThat(lastPage.total()).isEqualTo(matching);
		assertThat(lastPage.capped()).isFalse();
		assertThat(lastPage.hasNext()).isFalse();
		assertThat(lastPage.items()).hasSize((int) (matching - (long) last * ProposalQuery.DEFAULT_SIZE));
		assertThat(page(process, "bankjes", null, String.valueOf(last - 1)).hasNext()).isTrue();

		ProposalPage beyond = page(process, "bankjes", null, String.valueOf(last + 3));
		assertThat(beyond.items()).isEmpty();
		assertThat(beyond.total()).isEqualTo(matching);
	}

	@Test
	void aKeptPageShowsTheNextChangeToItsProcessWhereverItWasMade() {
		Process process = this.synthetic.replace(30, 5);
		ListedProposal newest = page(process, null, null, "0").items().get(0);

		// as another node would: straight in the database
		this.jdbc.sql("update participation_proposal set title = 'Meer groen op het plein', supporters = 999 where id = ?")
			.param(newest.id())
			.update();
		assertThat(page(process, null, null, "0").items().get(0).title()).isEqualTo("Meer groen op het plein");
		assertThat(page(process, null, "supported", "0").items().get(0).id()).isEqualTo(newest.id());

		this.jdbc.sql("update participation_proposal set moderation = 'hidden' where id = ?").param(newest.id()).update();
		assertThat(page(process, null, null, "0").items()).extracting(ListedProposal::id).doesNotContain(newest.id());
		assertThat(page(process, null, null, "0").total()).isEqualTo(29);

		this.jdbc.sql("delete from participation_proposal where process_id = ?").param(process.id()).update();
		assertThat(page(process, null, null, "0").items()).isEmpty();
	}

	private ProposalPage page(Process process, @Nullable String text, @Nullable String order, String page) {
		return this.list.find(ProposalQuery.parse(process.id(), text, null, order, page, null));
	}

}
