package nl.speelveld.routing.questions;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the resident sees behind their link: where the question stands, who has it now, what happened to it,
 * and when its text and their address will be deleted (once it is closed).
 */
public record StatusPage(Question question, PostLabel holder, List<Line> history, @Nullable LocalDate deletedAfter,
		boolean expired, String areaName) {

	/** One step, with the post that took it and, for a hand-off, the post it went to. */
	public record Line(Step step, PostLabel by, @Nullable PostLabel to) {
	}

	/** Waiting for the resident to confirm it, and still in time. */
	public boolean confirmable() {
		return this.question.status() == QuestionStatus.UNVERIFIED && !this.expired;
	}

}
