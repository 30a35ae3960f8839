package nl.speelveld.participation.rounds;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.ProcessStore;
import nl.speelveld.shared.CommandLineCommand;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's round: one round in its voting phase whose printed letter codes vote, replaced by a new run. */
@SpeelveldTest
class SyntheticRoundTests {

	@Autowired
	SyntheticRound synthetic;

	@Autowired
	MessageSource messages;

	@Autowired
	ProcessStore processes;

	@Autowired
	RoundStore rounds;

	@Autowired
	Voting voting;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theGeneratorPrintsTheRoundAndCodesThatVoteAndReplacesItsEarlierRound() {
		var command = new RoundGenerateCommand(this.synthetic, this.messages);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		command.printTo(new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

		assertThat(command.execute(List.of("generate", "ballot-round", "--count", "30", "--seed", "9"))).isZero();
		out.reset();
		assertThat(command.execute(List.of("generate", "ballot-round", "--count=25", "--seed=9"))).isZero();
		assertThat(command.execute(List.of("generate", "ballot-round", "--count", "1000000"))).isEqualTo(CommandLineCommand.USAGE);

		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(26);
		assertThat(lines.subList(1, 26)).allMatch(code -> code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"));
		assertThat(this.jdbc.sql("select count(*) from participation_process where title = ?").param(SyntheticRound.TITLE)
			.query(Long.class).single()).isEqualTo(1);

		Process process = this.processes.get(UUID.fromString(lines.get(0)));
		Round round = this.rounds.get(process.id());
		int ballots = this.rounds.ballotCount(process.id());
		Voter voter = this.voting.byCode(process, round, lines.get(5).toLowerCase(), "synthetic-round-test");
		assertThat(this.voting.cast(process, round, voter, List.of(2, 3))).isTrue();
		assertThat(this.voting.cast(process, round, voter, List.of(2))).isFalse();
		assertThat(this.rounds.ballotCount(process.id())).isEqualTo(ballots + 1);
	}

}
