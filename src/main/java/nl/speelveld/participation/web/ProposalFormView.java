package nl.speelveld.participation.web;

import java.util.Map;

import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.proposals.ProposalForm;
import nl.speelveld.participation.proposals.Proposing;
import nl.speelveld.shared.Complaints;
import org.jspecify.annotations.Nullable;

/**
 * The form for a new proposal: what was typed, the mistakes per field, and why the form is not there when
 * the process does not take proposals now ({@code refused}, a message key with its argument).
 */
public record ProposalFormView(Process process, String areaName, int areaYear, ProposalForm form, Complaints complaints,
		@Nullable String refused, Object[] refusedArguments, boolean needsResidency, @Nullable String areaBounds,
		Map<String, String> alts) {

	public ProposalFormView {
		refusedArguments = refusedArguments.clone();
		alts = Map.copyOf(alts);
	}

	public String action() {
		return "/participatie/" + this.process.id() + "/voorstellen/nieuw";
	}

	public String processUrl() {
		return "/participatie/" + this.process.id();
	}

	public int mostImages() {
		return Proposing.MOST_IMAGES;
	}

	public String alt(int position) {
		return this.alts.getOrDefault("alt" + position, "");
	}

	public boolean hasPoint() {
		return !this.form.value(this.form.lat()).isEmpty() && !this.form.value(this.form.lon()).isEmpty();
	}

}
