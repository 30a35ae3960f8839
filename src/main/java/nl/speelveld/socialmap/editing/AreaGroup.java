package nl.speelveld.socialmap.editing;

import java.util.List;

import nl.speelveld.areas.AreaSummary;

/** A gemeente and its wijken, offered as boxes to tick in a form. */
public record AreaGroup(AreaSummary gemeente, List<AreaSummary> wijken) {

	public List<String> codes() {
		List<String> codes = new java.util.ArrayList<>();
		codes.add(this.gemeente.code().value());
		this.wijken.forEach(wijk -> codes.add(wijk.code().value()));
		return codes;
	}

}
