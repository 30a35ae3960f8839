package nl.speelveld.participation.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.rounds.Round;
import nl.speelveld.participation.rounds.RoundNotFound;
import nl.speelveld.participation.rounds.RoundStore;
import nl.speelveld.participation.rounds.Verification;
import nl.speelveld.participation.rounds.Voter;
import nl.speelveld.participation.rounds.Voting;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What the pages of a budgeting round share: the process and its round (404 for a process without one),
 * and who votes in this browser: a household that gave its letter code in this session, or the signed-in
 * resident when the round verifies by account.
 */
@Component
class RoundPages {

	private final ProcessPages pages;

	private final RoundStore rounds;

	private final Voting voting;

	RoundPages(ProcessPages pages, RoundStore rounds, Voting voting) {
		this.pages = pages;
		this.rounds = rounds;
		this.voting = voting;
	}

	record Found(Process process, Round round) {
	}

	/** The process and its round, at one look at their revision: a voter's every request reads both. */
	Found find(UUID id) {
		long revision = this.pages.revision();
		return new Found(withBudgeting(this.pages.visible(id, revision)), this.rounds.get(id, revision));
	}

	/** The process, when it has budgeting among its components, whether or not its round is set up yet. */
	Process withBudgeting(UUID id) {
		return withBudgeting(this.pages.visible(id));
	}

	private static Process withBudgeting(Process process) {
		if (!process.uses(Process.BUDGETING)) {
			throw new RoundNotFound(process.id());
		}
		return process;
	}

	Optional<Round> roundOf(Process process) {
		return process.uses(Process.BUDGETING) ? this.rounds.of(process.id()) : Optional.empty();
	}

	String areaName(Process process) {
		return this.pages.areaName(process);
	}

	Optional<Voter> voter(Found found, HttpSession session) {
		if (found.round().verification() == Verification.LETTER_CODE) {
			Object key = session.getAttribute(sessionKey(found.process().id()));
			return key instanceof String text ? Optional.of(Voter.byCode(text)) : Optional.empty();
		}
		return this.voting.signedInVoter(found.process(), found.round());
	}

	void remember(UUID process, Voter voter, HttpSession session) {
		session.setAttribute(sessionKey(process), voter.keyText());
	}

	void forget(UUID process, @Nullable HttpSession session) {
		if (session != null) {
			session.removeAttribute(sessionKey(process));
		}
	}

	private static String sessionKey(UUID process) {
		return "speelveld.voter." + process;
	}

}
