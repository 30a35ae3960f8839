package nl.speelveld.participation.processes;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaLookup;
import nl.speelveld.areas.Areas;
import nl.speelveld.participation.processes.ContributionRefused.Reason;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one gate every contribution passes before anything is written: signed in, the process open, the
 * phase running now open for this kind of contribution, and for processes of residents only, a postcode
 * inside the area given beforehand. Components call {@link #check} first and write only after it.
 */
@Component
public class TakingPart {

	private final ProcessStore processes;

	private final Permissions permissions;

	private final Areas areas;

	TakingPart(ProcessStore processes, Permissions permissions, Areas areas) {
		this.processes = processes;
		this.permissions = permissions;
		this.areas = areas;
	}

	/** The person who may make this contribution now; refuses otherwise, and changes nothing. */
	public UserId check(Process process, Contribution contribution) {
		UserId user = this.permissions.currentUser()
			.orElseThrow(() -> new AccessDeniedException("Taking part needs signing in"));
		if (process.status() == ProcessStatus.DRAFT) {
			throw new ProcessNotFound(process.id());
		}
		if (process.status() == ProcessStatus.CLOSED) {
			throw new ContributionRefused(Reason.CLOSED, contribution);
		}
		if (!process.opens(contribution)) {
			throw new ContributionRefused(Reason.PHASE, contribution);
		}
		if (process.eligibility() == Eligibility.AREA_RESIDENTS && !isResident(process, user)) {
			throw new ContributionRefused(Reason.AREA, contribution);
		}
		return user;
	}

	/** Whether the signed-in person may contribute this way now, for the forms and buttons a page shows. */
	public boolean can(Process process, Contribution contribution) {
		return process.opens(contribution) && this.permissions.currentUser()
			.map(user -> process.eligibility() == Eligibility.SIGNED_IN || isResident(process, user))
			.orElse(true);
	}

	/** Whether the process asks the signed-in person for a postcode before they can take part. */
	public boolean needsResidency(Process process) {
		return process.eligibility() == Eligibility.AREA_RESIDENTS && this.permissions.currentUser()
			.map(user -> !isResident(process, user))
			.orElse(false);
	}

	/**
	 * Records that the signed-in person lives in the process's area, when the postcode lies inside it; a
	 * postcode elsewhere is refused and nothing is stored.
	 */
	public void declareResidency(Process process, String postcode) {
		UserId user = this.permissions.currentUser()
			.orElseThrow(() -> new AccessDeniedException("Declaring a residency needs signing in"));
		AreaLookup found = this.areas.lookupPostcode(postcode, null);
		if (!found.liesIn(process.area())) {
			throw new OutsideTheArea(postcode.strip());
		}
		this.processes.declareResidency(process.id(), user.value(), postcode.strip().substring(0, 4));
	}

	private boolean isResident(Process process, UserId user) {
		return this.processes.isResident(process.id(), user.value());
	}


	/** A postcode that lies outside the area of the process. */
	public static class OutsideTheArea extends nl.speelveld.shared.Problem {

		OutsideTheArea(String postcode) {
			super(Kind.BAD_INPUT, "participation.problem.outside-area", postcode);
		}

	}

}
