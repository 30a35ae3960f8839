package nl.speelveld.participation.rounds;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;

import nl.speelveld.participation.BallotCast;
import nl.speelveld.participation.processes.Contribution;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.TakingPart;
import nl.speelveld.shared.ratelimit.RateLimit;
import nl.speelveld.shared.ratelimit.RateLimiter;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One resident, one vote: a voter is verified by a letter code of the round, or as a signed-in resident
 * of the area, and holds one ballot, which they may change until voting closes when the round allows it.
 * The ballot row is keyed by the voter, so a thousand submissions at once still leave one ballot.
 */
@Service
public class Voting {

	/** Wrong codes per address and round; codes have 60 random bits, so a guesser gets nowhere near one. */
	static final RateLimit CODE_TRIES = new RateLimit(20, Duration.ofMinutes(15));

	private final RoundStore store;

	private final VoterKeys keys;

	private final TakingPart takingPart;

	private final RateLimiter limiter;

	private final ApplicationEventPublisher events;

	Voting(RoundStore store, VoterKeys keys, TakingPart takingPart, RateLimiter limiter, ApplicationEventPublisher events) {
		this.store = store;
		this.keys = keys;
		this.takingPart = takingPart;
		this.limiter = limiter;
		this.events = events;
	}

	/** The voter holding this letter code; refused when voting is not open, the round uses accounts, or the code is unknown. */
	public Voter byCode(Process process, Round round, String code, String client) {
		votingOpen(process);
		if (round.verification() != Verification.LETTER_CODE) {
			throw new RoundRefused(RoundRefused.WRONG_WAY);
		}
		// only wrong codes count: many households behind one address (a library, a flat's network) all vote
		String key = "ballot-code:" + process.id() + ":" + client;
		RateLimiter.Decision decision = this.limiter.peek(key, CODE_TRIES);
		if (decision.hits() >= CODE_TRIES.hits()) {
			throw new CodeNotAccepted(CodeNotAccepted.TOO_MANY_TRIES, Math.max(1, decision.retryAfter().toMinutes()));
		}
		String normalised = VoterKeys.normalised(code);
		byte[] hash = LetterCodes.looksLikeACode(normalised) ? this.keys.codeHash(process.id(), normalised) : null;
		if (hash == null || !this.store.hasCode(process.id(), hash)) {
			this.limiter.hit(key, CODE_TRIES);
			throw new CodeNotAccepted(hash == null ? CodeNotAccepted.MALFORMED : CodeNotAccepted.UNKNOWN);
		}
		return new Voter(this.keys.ofCode(process.id(), hash), Verification.LETTER_CODE);
	}

	/** The signed-in resident as a voter, after the gate every contribution passes (area, phase). */
	public Voter byAccount(Process process, Round round) {
		var user = this.takingPart.check(process, Contribution.VOTE);
		if (round.verification() != Verification.ACCOUNT) {
			throw new RoundRefused(RoundRefused.WRONG_WAY);
		}
		return new Voter(this.keys.ofAccount(process.id(), user), Verification.ACCOUNT);
	}

	/** The signed-in resident's ballot key, if the round verifies by account and they may vote; for showing forms. */
	public Optional<Voter> signedInVoter(Process process, Round round) {
		if (round.verification() != Verification.ACCOUNT || !this.takingPart.can(process, Contribution.VOTE)) {
			return Optional.empty();
		}
		try {
			return Optional.of(byAccount(process, round));
		}
		catch (RuntimeException notNow) {
			return Optional.empty();
		}
	}

	public Optional<int[]> ballotOf(Process process, Voter voter) {
		return this.store.ballotOf(process.id(), voter.key());
	}

	/**
	 * Stores the voter's ballot; true when it is their first. Refused, with nothing stored, when voting is not
	 * open, the choice breaks the round's rules, or the voter voted before in a round that keeps first ballots.
	 */
	@Transactional
	public boolean cast(Process process, Round round, Voter voter, Collection<Integer> chosen) {
		votingOpen(process);
		if (voter.verifiedBy() == Verification.ACCOUNT) {
			// the gate again: the area and phase may have changed since the page was shown
			this.takingPart.check(process, Contribution.VOTE);
		}
		int[] ballot = BallotRules.check(round, chosen);
		RoundStore.Cast cast = this.store.cast(process.id(), voter.key(), ballot, round.changeable());
		if (cast == RoundStore.Cast.KEPT_FIRST) {
			throw new RoundRefused(RoundRefused.ALREADY_VOTED);
		}
		if (cast == RoundStore.Cast.NEW) {
			this.events.publishEvent(new BallotCast(process.id(), process.area()));
		}
		return cast == RoundStore.Cast.NEW;
	}

	private static void votingOpen(Process process) {
		if (!process.opens(Contribution.VOTE)) {
			throw new RoundRefused(RoundRefused.NOT_VOTING);
		}
	}

	/** A letter code that does not open a ballot: mistyped, unknown, or too many tries. */
	public static class CodeNotAccepted extends nl.speelveld.shared.Problem {

		public static final String MALFORMED = "round.code.malformed";

		public static final String UNKNOWN = "round.code.unknown";

		public static final String TOO_MANY_TRIES = "round.code.too-many-tries";

		CodeNotAccepted(String key, Object... details) {
			super(Kind.BAD_INPUT, key, details);
		}

	}

}
