package nl.speelveld.participation.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.servlet.http.Cookie;
import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.rounds.Round;
import nl.speelveld.participation.rounds.RoundFixture;
import nl.speelveld.participation.rounds.RoundStore;
import nl.speelveld.participation.rounds.Voting;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** A budgeting round over HTTP: a household votes with its letter code, mistakes are explained in Dutch, and the owner makes the mailing. */
@SpeelveldTest
class RoundControllerTests {

	private static final AreaCode CENTRUM = new AreaCode("WK001400");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProcessFixture processes;

	@Autowired
	RoundFixture rounds;

	@Autowired
	RoundStore store;

	@Autowired
	Voting voting;

	@Autowired
	AccountsFixture accounts;

	@Test
	void aHouseholdVotesWithItsCodeAndMayChangeItsBallot() {
		Process process = votingProcess();
		this.rounds.knapsack(process, 100_000, 60_000, 30_000, 20_000);
		String code = this.rounds.codes(process, 1).get(0);
		String base = "/participatie/" + process.id() + "/begroting";

		assertThat(this.mvc.get().uri(base)).hasStatusOk()
			.bodyText()
			.contains("Je stemcode", "Project 1", "€\u00a060.000", "Methode van gelijke delen");
		assertThat(this.mvc.post().uri(base + "/code").param("code", "ABCD-EFGH-JKLM").with(csrf()))
			.hasStatus(400)
			.bodyText()
			.contains("Deze stemcode kennen we niet");
		MvcTestResult verified = this.mvc.post().uri(base + "/code").param("code", code).with(csrf()).exchange();
		assertThat(verified).hasRedirectedUrl(base + "/stembiljet");
		Cookie session = verified.getResponse().getCookie("SPEELVELD_SESSION");
		assertThat(this.mvc.get().uri(base + "/stembiljet").cookie(session)).hasStatusOk()
			.bodyText()
			.contains("Je stembiljet", "Nog te besteden: €\u00a0100.000 van €\u00a0100.000");

		assertThat(this.mvc.post().uri(base + "/stembiljet").cookie(session).param("project", "1", "2", "3").with(csrf()))
			.hasStatus(400)
			.bodyText()
			.contains("Samen kosten je projecten €\u00a0110.000. Dat is meer dan het budget van €\u00a0100.000.");
		assertThat(this.store.ballotCount(process.id())).isZero();

		assertThat(this.mvc.post().uri(base + "/stembiljet").cookie(session).param("project", "1", "3").with(csrf()))
			.hasRedirectedUrl(base);
		assertThat(this.mvc.get().uri(base).cookie(session)).bodyText().contains("Je hebt gestemd", "Wijzig je stem");
		assertThat(this.mvc.get().uri(base + "/stembiljet").cookie(session)).bodyText()
			.contains("Wijzig je stem", "Nog te besteden: €\u00a020.000 van €\u00a0100.000");
		assertThat(this.mvc.post().uri(base + "/stembiljet").cookie(session).param("project", "2").with(csrf()))
			.hasRedirectedUrl(base);
		assertThat(this.store.ballotCount(process.id())).isEqualTo(1);

		assertThat(this.mvc.post().uri(base + "/klaar").cookie(session).with(csrf())).hasRedirectedUrl(base);
		assertThat(this.mvc.post().uri(base + "/stembiljet").cookie(session).param("project", "1").with(csrf()))
			.hasStatus(409)
			.bodyText()
			.contains("Geef eerst je stemcode");
	}

	@Test
	void theResultsExplainEveryProjectAndTheBallotsDownload() {
		Process process = votingProcess();
		Round round = this.rounds.round(process, nl.speelveld.participation.rounds.BallotType.APPROVAL,
				nl.speelveld.participation.budgeting.Rule.GREEDY, 10_000, nl.speelveld.participation.rounds.Verification.LETTER_CODE,
				true, 8_000, 5_000, 1_000);
		List<String> codes = this.rounds.codes(process, 2);
		this.voting.cast(process, round, this.voting.byCode(process, round, codes.get(0), "a"), List.of(1, 2));
		this.voting.cast(process, round, this.voting.byCode(process, round, codes.get(1), "b"), List.of(1));
		String base = "/participatie/" + process.id() + "/begroting";

		assertThat(this.mvc.get().uri(base + "/uitslag")).hasStatusOk().bodyText().contains("De uitslag komt na het stemmen.");
		assertThat(this.mvc.get().uri(base + "/stemmen.pb")).hasStatus(409);

		this.processes.inPhase(process, 1);
		assertThat(this.mvc.get().uri(base + "/uitslag")).hasStatusOk()
			.bodyText()
			.contains("Meeste stemmen eerst", "2 stemmen. Het paste: er was nog €\u00a010.000 over.",
					"Paste niet: het kost €\u00a05.000 en er was nog €\u00a02.000 over.", "Niemand stemde erop.", "Gepland");
		MvcTestResult file = this.mvc.get().uri(base + "/stemmen.pb").exchange();
		assertThat(file).hasStatusOk().hasContentTypeCompatibleWith("text/plain");
		assertThat(file.getResponse().getContentAsByteArray()).asString(StandardCharsets.UTF_8)
			.contains("num_votes;2", "vote_type;approval", "VOTES");
	}

	@Test
	void theOwnerGetsTheLettersOnceAndEveryCodeInThemVotes() throws IOException {
		UserId coordinator = groningenCoordinator();
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS, PhaseKind.VOTING).withBudgeting().draft();
		this.rounds.knapsack(process, 10_000, 5_000);

		MvcTestResult zip = this.mvc.post()
			.uri("/beheer/participatie/{id}/begroting/lettercodes", process.id())
			.param("adressen", "Vismarkt 1, 9712 CA Groningen\n\n=Vismarkt 2; achterhuis\n")
			.with(user(coordinator.value().toString()))
			.with(csrf())
			.exchange();
		assertThat(zip).hasStatusOk().hasContentTypeCompatibleWith("application/zip");
		Map<String, byte[]> files = unzip(zip.getResponse().getContentAsByteArray());
		String csv = new String(files.get("lettercodes-1.csv"), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFadres_of_huishouden;code\r\n")
			.contains("Vismarkt 1, 9712 CA Groningen;", "\"'=Vismarkt 2; achterhuis\";");
		assertThat(new String(files.get("brieven-1.pdf"), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(this.store.codeCount(process.id())).isEqualTo(2);

		String code = csv.lines().skip(1).findFirst().orElseThrow().replaceAll(".*;", "");
		Process voting = this.processes.inPhase(process, 1);
		assertThat(this.voting.byCode(voting, this.store.get(process.id()), code, "brief")).isNotNull();
	}

	@Test
	void theOwnersFormsSayWhatIsWrongInDutch() {
		UserId coordinator = groningenCoordinator();
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS, PhaseKind.VOTING).withBudgeting().draft();
		String base = "/beheer/participatie/" + process.id() + "/begroting";

		assertThat(this.mvc.get().uri(base).with(user(coordinator.value().toString()))).hasStatusOk()
			.bodyText()
			.contains("Budget en stemregels", "Methode van gelijke delen");
		assertThat(this.mvc.post().uri(base).param("budget", "veel").param("ballotType", "knapsack").param("rule", "greedy")
			.param("verification", "letter-code").with(user(coordinator.value().toString())).with(csrf()))
			.hasStatus(400)
			.bodyText()
			.contains("Vul een bedrag in hele euro", "groter dan 0.");
		assertThat(this.mvc.post().uri(base + "/import").multipart()
			.file(new MockMultipartFile("bestand", "ronde.pb", "text/plain", "META\nkey;value\n".getBytes(StandardCharsets.UTF_8)))
			.with(user(coordinator.value().toString())).with(csrf()))
			.hasStatus(400)
			.bodyText()
			.contains("Dit bestand kunnen we niet lezen als Pabulib-bestand.");
		assertThat(this.store.of(process.id())).isEmpty();
	}

	@Test
	void aProcessWithoutBudgetingHasNoRoundPage() {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).open();
		assertThat(this.mvc.get().uri("/participatie/{id}/begroting", process.id())).hasStatus(404);
		Process preparing = this.processes.process(CENTRUM, PhaseKind.VOTING).withBudgeting().open();
		assertThat(this.mvc.get().uri("/participatie/{id}/begroting", preparing.id())).hasStatusOk()
			.bodyText()
			.contains("De begroting wordt nog voorbereid.");
	}

	private Process votingProcess() {
		return this.processes.process(CENTRUM, PhaseKind.VOTING, PhaseKind.REPORTING).withBudgeting().open();
	}

	private UserId groningenCoordinator() {
		return this.accounts.coordinator(AccountsFixture.email("regisseur"),
				this.accounts.organisation("Gemeente Groningen " + UUID.randomUUID(), OrganisationType.GEMEENTE, "GM0014"),
				new AreaCode("GM0014"));
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

}
