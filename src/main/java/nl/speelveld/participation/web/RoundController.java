package nl.speelveld.participation.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.participation.budgeting.PabulibWriter;
import nl.speelveld.participation.processes.Contribution;
import nl.speelveld.participation.processes.ContributionRefused;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.TakingPart;
import nl.speelveld.participation.rounds.BallotRefused;
import nl.speelveld.participation.rounds.RoundRefused;
import nl.speelveld.participation.rounds.RoundResults;
import nl.speelveld.participation.rounds.RoundStore;
import nl.speelveld.participation.rounds.Voter;
import nl.speelveld.participation.rounds.Voting;
import nl.speelveld.participation.rounds.VotingPhase;
import nl.speelveld.shared.Problem;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A budgeting round for residents: the projects and how voting works, giving a letter code, the ballot
 * (cast and changed), the explained results with the ballots as a Pabulib file, and how the funded
 * projects are coming along.
 */
@Controller
class RoundController {

	private final RoundPages pages;

	private final RoundStore rounds;

	private final Voting voting;

	private final RoundResults results;

	private final TakingPart takingPart;

	private final Permissions permissions;

	RoundController(RoundPages pages, RoundStore rounds, Voting voting, RoundResults results, TakingPart takingPart,
			Permissions permissions) {
		this.pages = pages;
		this.rounds = rounds;
		this.voting = voting;
		this.results = results;
		this.takingPart = takingPart;
		this.permissions = permissions;
	}

	@GetMapping("/participatie/{id}/begroting")
	String show(@PathVariable UUID id, HttpSession session, Model model) {
		return page(id, session, model, null);
	}

	@PostMapping("/participatie/{id}/begroting/code")
	String code(@PathVariable UUID id, @RequestParam(name = "code", required = false) @Nullable String code,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		RoundPages.Found found = this.pages.find(id);
		try {
			Voter voter = this.voting.byCode(found.process(), found.round(), code == null ? "" : code, request.getRemoteAddr());
			// a new session id once the code is accepted, so a session id seen before cannot vote
			this.pages.remember(id, voter, request.getSession());
			request.changeSessionId();
			return "redirect:/participatie/" + id + "/begroting/stembiljet";
		}
		catch (Voting.CodeNotAccepted refused) {
			response.setStatus(refused.messageKey().equals(Voting.CodeNotAccepted.TOO_MANY_TRIES)
					? HttpStatus.TOO_MANY_REQUESTS.value() : HttpStatus.BAD_REQUEST.value());
			return page(id, request.getSession(), model, refused);
		}
		catch (RoundRefused refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(id, request.getSession(), model, refused);
		}
	}

	@PostMapping("/participatie/{id}/begroting/klaar")
	String done(@PathVariable UUID id, HttpServletRequest request, RedirectAttributes redirect) {
		this.pages.find(id);
		this.pages.forget(id, request.getSession(false));
		redirect.addFlashAttribute("done", "round.done.signed-off");
		return "redirect:/participatie/" + id + "/begroting";
	}

	@GetMapping("/participatie/{id}/begroting/stembiljet")
	String ballot(@PathVariable UUID id, HttpSession session, Model model) {
		RoundPages.Found found = this.pages.find(id);
		Optional<Voter> voter = this.pages.voter(found, session);
		if (voter.isEmpty() || !found.process().opens(Contribution.VOTE)) {
			return "redirect:/participatie/" + id + "/begroting";
		}
		Optional<int[]> earlier = this.voting.ballotOf(found.process(), voter.get());
		return ballotPage(found, earlier.map(RoundController::boxed).orElse(List.of()), earlier.isPresent(), null, model);
	}

	@PostMapping("/participatie/{id}/begroting/stembiljet")
	String cast(@PathVariable UUID id, @RequestParam(name = "project", required = false) @Nullable List<String> projects,
			HttpSession session, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		RoundPages.Found found = this.pages.find(id);
		Optional<Voter> voter = this.pages.voter(found, session);
		if (voter.isEmpty()) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(id, session, model, new RoundRefused(RoundRefused.NOT_VERIFIED));
		}
		List<Integer> chosen = positions(projects);
		boolean hadBallot = this.voting.ballotOf(found.process(), voter.get()).isPresent();
		try {
			boolean first = this.voting.cast(found.process(), found.round(), voter.get(), chosen);
			redirect.addFlashAttribute("done", first ? "round.done.cast" : "round.done.changed");
			return "redirect:/participatie/" + id + "/begroting";
		}
		catch (BallotRefused refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return ballotPage(found, chosen, hadBallot, refused, model);
		}
		catch (RoundRefused | ContributionRefused refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(id, session, model, refused);
		}
	}

	@GetMapping("/participatie/{id}/begroting/uitslag")
	String results(@PathVariable UUID id, Model model) {
		RoundPages.Found found = this.pages.find(id);
		model.addAttribute("view", new RoundResultsView(found.process(), this.pages.areaName(found.process()),
				this.results.of(found.process()).orElse(null), this.rounds.updates(id)));
		return "participation/rounds/results";
	}

	@GetMapping("/participatie/{id}/begroting/stemmen.pb")
	ResponseEntity<String> pabulib(@PathVariable UUID id) {
		RoundPages.Found found = this.pages.find(id);
		RoundResults.Result result = this.results.of(found.process())
			.orElseThrow(() -> new RoundRefused(RoundRefused.NOT_OVER));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.header("Content-Disposition", ContentDisposition.attachment().filename("stemmen-" + id + ".pb").build().toString())
			.body(PabulibWriter.write(result.election()));
	}

	private String page(UUID id, HttpSession session, Model model, @Nullable Problem problem) {
		Process process = this.pages.withBudgeting(id);
		Optional<RoundPages.Found> found = this.pages.roundOf(process).map(round -> new RoundPages.Found(process, round));
		Optional<Voter> voter = found.flatMap(known -> this.pages.voter(known, session));
		boolean voted = voter.flatMap(known -> this.voting.ballotOf(process, known)).isPresent();
		model.addAttribute("view", new RoundView(process, this.pages.areaName(process),
				found.map(RoundPages.Found::round).orElse(null),
				VotingPhase.over(process) ? this.results.of(process).orElse(null) : null, voter.isPresent(), voted,
				this.permissions.currentUser().isPresent(), this.takingPart.needsResidency(process),
				this.rounds.updates(id)));
		model.addAttribute("problem", problem);
		return "participation/rounds/round";
	}

	private String ballotPage(RoundPages.Found found, List<Integer> chosen, boolean changing, @Nullable Problem problem,
			Model model) {
		model.addAttribute("view", new BallotView(found.process(), this.pages.areaName(found.process()), found.round(),
				chosen, changing));
		model.addAttribute("problem", problem);
		return "participation/rounds/ballot";
	}

	/** The chosen projects by their position; anything that is not a position is left out and refused as a project nobody knows. */
	private static List<Integer> positions(@Nullable List<String> projects) {
		if (projects == null) {
			return List.of();
		}
		return projects.stream().map(text -> {
			try {
				return text.length() > 4 ? -1 : Integer.parseInt(text.strip());
			}
			catch (NumberFormatException notANumber) {
				return -1;
			}
		}).toList();
	}

	private static List<Integer> boxed(int[] positions) {
		return java.util.Arrays.stream(positions).boxed().toList();
	}

}
