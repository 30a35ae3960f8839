package nl.speelveld.participation.budgeting;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PabulibReaderTests {

	static final List<String> FILES = PabulibFiles.NAMES;

	@ParameterizedTest
	@FieldSource("FILES")
	void readsEveryDutchFileWithTheCountsItsMetaPromises(String name) {
		Election election = PabulibFiles.election(name);

		assertThat(election.projects()).hasSize(Integer.parseInt(election.meta().get("num_projects")));
		assertThat(election.ballots().count()).isEqualTo(Integer.parseInt(election.meta().get("num_votes")));
		assertThat(election.budget()).isPositive();
		// every file's votes column is the plain count of the ballots that name the project, except in Oost 604,
		// where one ballot (line 1927) names four projects twice and the column counts those marks twice
		int[] counts = election.ballots().approvalCounts(election.projects().size());
		for (int p = 0; p < counts.length; p++) {
			Project project = election.projects().get(p);
			long doubled = name.endsWith("_604.pb") && List.of("42346", "42350", "42355", "42360").contains(project.id()) ? 1 : 0;
			assertThat(project.votes()).as(name + " project " + project.id()).isEqualTo(counts[p] + doubled);
		}
	}

	@ParameterizedTest
	@FieldSource("FILES")
	void writesAFileThatReadsBackToTheSameElection(String name) {
		Election election = PabulibFiles.election(name);

		String written = PabulibWriter.write(election);

		assertThat(PabulibReader.read(written)).isEqualTo(election);
		assertThat(PabulibWriter.write(PabulibReader.read(written))).isEqualTo(written);
	}

	@Test
	void readsQuotedFieldsWithQuotesAndEntities() {
		Election oost = PabulibFiles.election("Netherlands_Amsterdam_212.pb");
		Election noord = PabulibFiles.election("Netherlands_Amsterdam_613.pb");

		assertThat(oost.projects()).anySatisfy(
				project -> assertThat(project.name()).isEqualTo("Help mee met zwerfafval oprapen op \"Schone Buurt Dag\""));
		// HTML entities are left as the file has them: the reader does not guess at another escaping
		assertThat(noord.projects()).anySatisfy(project -> assertThat(project.category()).isEqualTo("Ontmoeting &amp; verbinding"));
	}

	@Test
	void keepsTheAssenSelectionAndDescriptions() {
		Election assen = PabulibFiles.election("Netherlands_Assen_2024.pb");

		assertThat(assen.meta().rule()).isEqualTo("equalshares/add1");
		assertThat(assen.projects().get(0).selected()).isEqualTo(1);
		assertThat(assen.projects().get(0).other()).containsEntry("description",
				"12x per jaar zal er een PopUp Podium opduiken in de stad");
	}

	@Test
	void readsCumulativeBallotsWithPoints() {
		Election election = PabulibReader.read("""
				META
				key;value
				budget;100
				vote_type;cumulative
				PROJECTS
				project_id;cost
				a;60
				b;50
				VOTES
				voter_id;vote;points
				1;a,b;3,2
				2;b;5
				""");

		assertThat(election.ballots().hasPoints()).isTrue();
		assertThat(election.ballots().points(1)).isEqualTo(2);
		assertThat(PabulibReader.read(PabulibWriter.write(election))).isEqualTo(election);
	}

	@Test
	void namesTheLineOfEachMistake() {
		String good = """
				META
				key;value
				budget;100
				PROJECTS
				project_id;cost;name
				a;60;Bankje
				b;50;Boom
				VOTES
				voter_id;vote
				1;a,b
				""";

		assertMalformed(good.replace("budget;100", "budget;honderd"), 3, "budgeting.pb.number");
		assertMalformed(good.replace("a;60;Bankje", "a;60"), 6, "budgeting.pb.columns");
		assertMalformed(good.replace("b;50;Boom", "a;50;Boom"), 7, "budgeting.pb.duplicate-project");
		assertMalformed(good.replace("1;a,b", "1;a,c"), 10, "budgeting.pb.unknown-project");
		assertMalformed(good.replace("a;60;Bankje", "a;60;\"Bankje"), 6, "budgeting.pb.quote");
		assertMalformed(good.replace("project_id;cost;name", "project_id;name;kosten"), 5, "budgeting.pb.missing-column");
		assertMalformed(good.replace("VOTES\nvoter_id;vote\n1;a,b\n", ""), 7, "budgeting.pb.missing-section");
		assertMalformed(good.replace("budget;100\n", ""), 0, "budgeting.pb.missing-meta");
		assertMalformed("this is no pb file", 1, "budgeting.pb.no-section");
		assertMalformed(good + "1;b\n", 11, "budgeting.pb.duplicate-voter");
		assertMalformed(good.replace("key;value\n", "key;value\nvote_type;secret\n"), 3, "budgeting.pb.vote-type");
	}

	private static void assertMalformed(String text, int line, String key) {
		assertThatThrownBy(() -> PabulibReader.read(text)).isInstanceOfSatisfying(MalformedPabulib.class, problem -> {
			assertThat(problem.messageKey()).isEqualTo(key);
			assertThat(problem.line()).isEqualTo(line);
		});
	}

}
