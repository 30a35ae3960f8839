package nl.speelveld.participation.processes;

import java.util.List;
import java.util.Set;

import nl.speelveld.areas.AreaCode;

/** What an owner fills in for a process before and while it runs: everything but its status. */
public record ProcessDraft(AreaCode area, String title, String question, String description, Rung rung,
		String influence, LegalBasis legalBasis, String ownerName, Eligibility eligibility, Premoderation premoderation,
		Set<String> components,
		List<Phase> phases) {
}
