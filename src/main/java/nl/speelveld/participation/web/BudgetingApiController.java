package nl.speelveld.participation.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Semaphore;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.speelveld.participation.budgeting.Completion;
import nl.speelveld.participation.budgeting.Election;
import nl.speelveld.participation.budgeting.EqualSharesRound;
import nl.speelveld.participation.budgeting.PabulibReader;
import nl.speelveld.participation.budgeting.Rule;
import nl.speelveld.participation.budgeting.Step;
import nl.speelveld.participation.budgeting.Tallies;
import nl.speelveld.participation.budgeting.Tally;
import nl.speelveld.shared.Problem;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tallies a Pabulib {@code .pb} file sent as the body, by the rule asked for or the file's own, and stores
 * nothing: anyone may check a published result.
 */
@RestController
@Tag(name = "Participatory budgeting")
class BudgetingApiController {

	/** The largest body taken; the biggest Dutch file is 1.2 MB, Pabulib's largest some tens of MB. */
	static final int MAX_BYTES = 20_000_000;

	/**
	 * How many tallies run at once. The API is open to anyone and a large file costs seconds of processor
	 * time, so more callers at once wait their turn (503 with Retry-After) rather than starve the pages.
	 */
	static final int AT_ONCE = 2;

	final Semaphore running = new Semaphore(AT_ONCE);

	@PostMapping(path = "/api/v1/budgeting/tally", consumes = MediaType.TEXT_PLAIN_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Tallies a Pabulib .pb file (the body, text/plain, at most 20 MB) by rule=greedy or rule=equal-shares (default: the file's rule) and explains each step; stores nothing")
	TallyResponse tally(HttpServletRequest request, @RequestParam(required = false) @Nullable String rule)
			throws IOException {
		if (!this.running.tryAcquire()) {
			throw new TallyBusy();
		}
		try {
			return tally(body(request), rule);
		}
		finally {
			this.running.release();
		}
	}

	private static TallyResponse tally(String body, @Nullable String rule) {
		Election election = PabulibReader.read(body);
		Rule chosen = rule == null ? Rule.ofFile(election.meta().rule()) : Rule.ofKey(rule);
		if (chosen == null) {
			throw rule == null ? new UnknownRule("budgeting.tally.no-rule", election.meta().rule())
					: new UnknownRule("budgeting.tally.rule", rule);
		}
		return TallyResponse.of(Tallies.tally(election, chosen));
	}

	private static String body(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > MAX_BYTES) {
			throw new TallyTooLarge(MAX_BYTES);
		}
		try (InputStream in = request.getInputStream()) {
			byte[] bytes = in.readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw new TallyTooLarge(MAX_BYTES);
			}
			return new String(bytes, StandardCharsets.UTF_8);
		}
	}

	/** The fixed point: rule, budget, selected, spent; and the explanation beside them. */
	record TallyResponse(String rule, long budget, List<String> selected, long spent, Explanation explanation) {

		static TallyResponse of(Tally tally) {
			return new TallyResponse(tally.rule().key(), tally.budget(), tally.selected(), tally.spent(),
					new Explanation(tally.steps(), tally.rounds(), tally.completion()));
		}

	}

	record Explanation(List<Step> steps, List<EqualSharesRound> rounds, @Nullable Completion completion) {
	}

	/** A rule the engine does not know, asked for or named by the file. */
	static class UnknownRule extends Problem {

		UnknownRule(String messageKey, String rule) {
			super(Kind.BAD_INPUT, messageKey, rule);
		}

	}

	/** More tallies asked for at once than {@link #AT_ONCE}: answered with 503 by {@link BudgetingApiAdvice}. */
	static class TallyBusy extends RuntimeException {

		TallyBusy() {
			super("Tallies running: " + AT_ONCE);
		}

	}

	/** A body over {@link #MAX_BYTES}: answered with 413 by {@link BudgetingApiAdvice}. */
	static class TallyTooLarge extends RuntimeException {

		private final int maxBytes;

		TallyTooLarge(int maxBytes) {
			super("Body over " + maxBytes + " bytes");
			this.maxBytes = maxBytes;
		}

		int maxBytes() {
			return this.maxBytes;
		}

	}

}
