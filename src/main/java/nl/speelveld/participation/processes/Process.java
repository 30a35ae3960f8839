package nl.speelveld.participation.processes;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

/**
 * A participation process: a question to the residents of an area, on a stated rung of the ladder, run by
 * an owner through its phases. {@code components} names what it uses (proposals, surveys, meetings,
 * budgeting), so that its page offers only those.
 */
public record Process(UUID id, AreaCode area, String title, String question, String description, Rung rung,
		String influence, LegalBasis legalBasis, String ownerName, @Nullable UUID ownerId, Eligibility eligibility,
		Premoderation premoderation, Set<String> components, ProcessStatus status, @Nullable Integer currentPhase, List<Phase> phases,
		@Nullable String report, Instant updatedAt) {

	public static final String PROPOSALS = "proposals";

	public static final String SURVEYS = "surveys";

	public static final String MEETINGS = "meetings";

	public static final String BUDGETING = "budgeting";

	/** Unchangeable copies: one process read is shared by the requests that look at it (ProcessStore). */
	public Process {
		components = Collections.unmodifiableSet(new LinkedHashSet<>(components));
		phases = List.copyOf(phases);
	}

	public Optional<Phase> phaseNow() {
		if (this.status != ProcessStatus.OPEN || this.currentPhase == null || this.currentPhase >= this.phases.size()) {
			return Optional.empty();
		}
		return Optional.of(this.phases.get(this.currentPhase));
	}

	/** Whether the phase running now lets people make this contribution. */
	public boolean opens(Contribution contribution) {
		return phaseNow().map(phase -> phase.kind().opens(contribution)).orElse(false);
	}

	public boolean uses(String component) {
		return this.components.contains(component);
	}

	public boolean isLastPhase() {
		return this.currentPhase != null && this.currentPhase == this.phases.size() - 1;
	}

}
