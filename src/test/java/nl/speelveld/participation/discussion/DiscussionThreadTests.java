package nl.speelveld.participation.discussion;

import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static nl.speelveld.initiatives.InitiativeCast.as;
import static org.assertj.core.api.Assertions.assertThat;

/** The thread as people see it: three levels at most, and only what they may see. */
@SpeelveldTest
class DiscussionThreadTests {

	@Autowired
	Discussions discussions;

	@Autowired
	ProcessFixture processes;

	@Autowired
	DiscussionFixture fixture;

	@Autowired
	AccountsFixture accounts;

	@Test
	void repliesDeeperThanThreeLevelsLineUpAtTheThirdSayingWhomTheyAnswer() {
		Process process = this.processes.process(new AreaCode("WK001400"), PhaseKind.DISCUSSION).open();
		UUID proposal = this.fixture.proposal(process, null, "Een boom op het plein");
		UUID one = this.fixture.comment(proposal, null, null, "Anna", "Eén", "visible");
		UUID two = this.fixture.comment(proposal, one, null, "Bram", "Twee", "visible");
		UUID three = this.fixture.comment(proposal, two, null, "Cor", "Drie", "visible");
		UUID four = this.fixture.comment(proposal, three, null, "Dina", "Vier", "visible");
		this.fixture.comment(proposal, four, null, "Eva", "Vijf", "visible");

		Discussion discussion = this.discussions.of(process, proposal);

		assertThat(discussion.commentCount()).isEqualTo(5);
		CommentNode first = discussion.comments().get(0);
		CommentNode second = first.replies().get(0);
		assertThat(first.level()).isEqualTo(1);
		assertThat(second.level()).isEqualTo(2);
		assertThat(second.replies()).extracting(node -> node.comment().text()).containsExactly("Drie", "Vier", "Vijf");
		assertThat(second.replies()).allSatisfy(node -> assertThat(node.level()).isEqualTo(3))
			.extracting(node -> node.comment().inReplyTo())
			.containsExactly(null, "Cor", "Dina");
	}

	@Test
	void aHiddenCommentKeepsItsPlaceWithTheReasonOnlyAndAHeldOneShowsOnlyToItsAuthor() {
		Process process = this.processes.process(new AreaCode("WK001400"), PhaseKind.DISCUSSION).open();
		UUID proposal = this.fixture.proposal(process, null, "Een bankje");
		UserId author = this.accounts.person(AccountsFixture.email("schrijver"), "Sam");
		UUID hidden = this.fixture.comment(proposal, null, author, "Sam", "Geheime tekst", "hidden");
		this.fixture.comment(proposal, hidden, null, "Bram", "Een antwoord", "visible");
		this.fixture.comment(proposal, null, author, "Sam", "Nog niet goedgekeurd", "held");

		Discussion anonymous = this.discussions.of(process, proposal);
		Discussion own = as(author, () -> this.discussions.of(process, proposal));

		assertThat(anonymous.comments()).hasSize(1);
		DiscussionItem placeholder = anonymous.comments().get(0).comment();
		assertThat(placeholder.hidden()).isTrue();
		assertThat(placeholder.text()).isNull();
		assertThat(placeholder.authorName()).isNull();
		assertThat(anonymous.comments().get(0).replies()).extracting(node -> node.comment().text()).containsExactly("Een antwoord");
		assertThat(own.comments()).hasSize(2);
		assertThat(own.comments().get(1).comment()).satisfies(item -> {
			assertThat(item.held()).isTrue();
			assertThat(item.mine()).isTrue();
		});
	}

}
