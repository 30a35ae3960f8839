package nl.speelveld.participation.proposals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.Areas;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.shared.CommandLineCommand;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo proposals lie inside their process's area with honest counts; the generator fills one process. */
@SpeelveldTest
class DemoAndSyntheticProposalsTests {

	@Autowired
	DemoProposals demo;

	@Autowired
	SyntheticProposals synthetic;

	@Autowired
	ProcessFixture processes;

	@Autowired
	Areas areas;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void demoProposalsLieInsideTheAreaAndTheirSupportersAddUp() {
		AreaCode oosterpark = new AreaCode("WK001404");
		Process process = this.processes.process(oosterpark, PhaseKind.PROPOSALS).open();

		this.demo.addTo(process, 12);

		List<Map<String, Object>> rows = this.jdbc.sql("""
				select p.lat, p.lon, p.supporters, p.outcome, p.outcome_reason,
					(select count(*) from participation_proposal_supporter s where s.proposal_id = p.id) as counted
				from participation_proposal p where p.process_id = ?""")
			.param(process.id())
			.query()
			.listOfRows();
		assertThat(rows).hasSize(12);
		for (Map<String, Object> row : rows) {
			assertThat(((Number) row.get("counted")).intValue()).isEqualTo(row.get("supporters"));
			assertThat(row.get("outcome") == null).isEqualTo(row.get("outcome_reason") == null);
			if (row.get("lat") != null) {
				var found = this.areas.lookup((Double) row.get("lat"), (Double) row.get("lon"), null);
				assertThat(found.liesIn(oosterpark)).as("%s inside the Oosterparkwijk", row).isTrue();
			}
		}
	}

	@Test
	void theGeneratorMakesOneOpenProcessFullOfProposalsAndReplacesItsEarlierOne() {
		var command = new ProposalGenerateCommand(this.synthetic, this.messages);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		command.printTo(new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

		assertThat(command.execute(List.of("generate", "proposals", "--count", "300", "--seed", "7"))).isZero();
		assertThat(command.execute(List.of("generate", "proposals", "--count=250", "--seed=7"))).isZero();
		assertThat(command.execute(List.of("generate", "proposals", "--count", "veel"))).isEqualTo(CommandLineCommand.USAGE);

		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Gemaakt: 250 voorstellen");
		List<Map<String, Object>> made = this.jdbc.sql("""
				select pr.status, count(p.id) as proposals from participation_process pr
				left join participation_proposal p on p.process_id = pr.id where pr.title = ? group by pr.id""")
			.param(SyntheticProposals.TITLE)
			.query()
			.listOfRows();
		assertThat(made).hasSize(1);
		assertThat(made.get(0)).containsEntry("status", "open").containsEntry("proposals", 250L);
	}

}
