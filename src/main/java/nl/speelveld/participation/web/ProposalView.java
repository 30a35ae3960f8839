package nl.speelveld.participation.web;

import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.proposals.Outcome;
import nl.speelveld.participation.proposals.Proposal;
import org.jspecify.annotations.Nullable;

/**
 * The page of one proposal: the proposal, what the visitor may do with it (support or withdraw, answer as
 * the process's owner), and the map around its place.
 */
public record ProposalView(Process process, String areaName, int areaYear, Proposal proposal, boolean signedIn,
		boolean isAuthor, boolean supporting, boolean canSupport, boolean canAnswer) {

	public String url() {
		return this.proposal.url();
	}

	public String processUrl() {
		return "/participatie/" + this.process.id();
	}

	public String listUrl() {
		return processUrl() + "/voorstellen";
	}

	public Outcome[] outcomes() {
		return Outcome.values();
	}

	/** The bounds of a small map around the proposal's place; null without a place. */
	public @Nullable String bounds() {
		Proposal p = this.proposal;
		return p.hasPlace() ? ProposalListView.box(p.lat(), p.lat(), p.lon(), p.lon()) : null;
	}

}
