package nl.speelveld.participation.processes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.Areas;
import nl.speelveld.shared.Complaints;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coordinators prepare and change the processes of their areas. The checks hold the process to honesty:
 * it says what residents' input decides, and a process that only informs does not ask for proposals,
 * answers or votes. A closed process is not changed any more: its record stands.
 */
@Service
public class ProcessEditing {

	static final Set<String> COMPONENTS = Set.of(Process.PROPOSALS, Process.SURVEYS, Process.MEETINGS, Process.BUDGETING);

	private static final Set<PhaseKind> ASKING = Set.of(PhaseKind.PROPOSALS, PhaseKind.DISCUSSION, PhaseKind.SURVEY,
			PhaseKind.VOTING);

	private final ProcessStore store;

	private final Permissions permissions;

	private final Areas areas;

	ProcessEditing(ProcessStore store, Permissions permissions, Areas areas) {
		this.store = store;
		this.permissions = permissions;
		this.areas = areas;
	}

	/** What was saved, or what is wrong with the form (then nothing is saved). */
	public record Saved(Optional<UUID> id, Complaints complaints) {
	}

	/** Saves a new process ({@code existing} null) as a draft, or changes an existing one. */
	@Transactional
	public Saved save(@Nullable Process existing, ProcessForm form) {
		if (existing != null && !this.permissions.canCoordinate(existing.area())) {
			throw new AccessDeniedException("Only the coordinators of its area change a process");
		}
		if (existing == null && !this.permissions.isCoordinatorOrAdministrator()) {
			throw new AccessDeniedException("Only coordinators prepare processes");
		}
		if (existing != null && existing.status() == ProcessStatus.CLOSED) {
			throw new ProcessSteps.StepRefused("participation.edit.refused.closed");
		}
		Complaints complaints = new Complaints();
		AreaCode area = area(form.area(), complaints);
		String title = text(form.title(), 3, 150, "title", complaints);
		String question = text(form.question(), 5, 300, "question", complaints);
		String description = text(form.description(), 0, 4000, "description", complaints);
		String influence = text(form.influence(), 10, 1000, "influence", complaints);
		String ownerName = text(form.ownerName(), 2, 150, "ownerName", complaints);
		Rung rung = choice(Rung.fromKey(key(form.rung())), "rung", complaints);
		LegalBasis basis = choice(LegalBasis.fromKey(key(form.legalBasis())), "legalBasis", complaints);
		Eligibility eligibility = choice(Eligibility.fromKey(key(form.eligibility())), "eligibility", complaints);
		Premoderation premoderation = choice(Premoderation.fromKey(key(form.premoderation())), "premoderation", complaints);
		Set<String> components = new LinkedHashSet<>(form.components() == null ? List.of() : form.components());
		if (!COMPONENTS.containsAll(components)) {
			complaints.add("components", "participation.edit.error.components");
		}
		List<Phase> phases = phases(form, complaints);
		if (rung == Rung.INFORMEREN && phases.stream().anyMatch(phase -> ASKING.contains(phase.kind()))) {
			complaints.add("phase-kind-0", "participation.edit.error.informing-asks");
		}
		if (phases.stream().anyMatch(phase -> phase.kind() == PhaseKind.VOTING) && !components.contains(Process.BUDGETING)) {
			complaints.add("components", "participation.edit.error.voting-needs-budgeting");
		}
		if (existing != null && existing.currentPhase() != null && phases.size() <= existing.currentPhase()) {
			complaints.add("phase-kind-0", "participation.edit.error.running-phase");
		}
		if (!complaints.isEmpty()) {
			return new Saved(Optional.empty(), complaints);
		}
		UUID id = existing == null ? UUID.randomUUID() : existing.id();
		this.store.save(new ProcessDraft(area, title, question, description, rung, influence, basis, ownerName, eligibility,
				premoderation, components, phases), id,
				existing == null ? this.permissions.currentUser().orElseThrow().value() : existing.ownerId());
		this.permissions.audit(existing == null ? "participation-process-created" : "participation-process-changed",
				"participation-process", id, Map.of("title", title, "rung", rung.key(), "area", area.value()));
		return new Saved(Optional.of(id), complaints);
	}

	private AreaCode area(@Nullable String typed, Complaints complaints) {
		Optional<AreaCode> code = AreaCode.tryParse(key(typed).toUpperCase(java.util.Locale.ROOT))
			.filter(parsed -> this.areas.summary(parsed).isPresent());
		if (code.isEmpty()) {
			complaints.add("area", "participation.edit.error.area");
			return new AreaCode("GM0000");
		}
		if (!this.permissions.canCoordinate(code.get())) {
			complaints.add("area", "participation.edit.error.area-scope");
		}
		return code.get();
	}

	private static List<Phase> phases(ProcessForm form, Complaints complaints) {
		List<Phase> phases = new ArrayList<>();
		LocalDate previous = null;
		for (int row = 0; row < ProcessForm.PHASE_ROWS; row++) {
			String kind = ProcessForm.at(form.phaseKind(), row);
			String title = ProcessForm.at(form.phaseTitle(), row);
			String start = ProcessForm.at(form.phaseStart(), row);
			String end = ProcessForm.at(form.phaseEnd(), row);
			if (kind.isEmpty() && title.isEmpty() && start.isEmpty() && end.isEmpty()) {
				continue;
			}
			Optional<PhaseKind> phaseKind = PhaseKind.fromKey(kind);
			LocalDate from = ProcessForm.date(start);
			LocalDate until = ProcessForm.date(end);
			if (phaseKind.isEmpty()) {
				complaints.add("phase-kind-" + row, "participation.edit.error.phase-kind");
			}
			else if (title.length() < 2 || title.length() > 120) {
				complaints.add("phase-title-" + row, "participation.edit.error.phase-title");
			}
			else if (from == null || until == null) {
				complaints.add("phase-start-" + row, "participation.edit.error.phase-dates");
			}
			else if (until.isBefore(from)) {
				complaints.add("phase-end-" + row, "participation.edit.error.phase-end");
			}
			else if (previous != null && from.isBefore(previous)) {
				complaints.add("phase-start-" + row, "participation.edit.error.phase-order");
			}
			else {
				phases.add(new Phase(phases.size(), phaseKind.get(), title, "", from, until));
				previous = from;
			}
		}
		if (phases.isEmpty() && complaints.isEmpty()) {
			complaints.add("phase-kind-0", "participation.edit.error.no-phases");
		}
		return phases;
	}

	private static String text(@Nullable String typed, int least, int most, String field, Complaints complaints) {
		String value = typed == null ? "" : typed.strip().replace("\r\n", "\n");
		if (value.length() < least || value.length() > most) {
			complaints.add(field, "participation.edit.error." + field);
		}
		return value;
	}

	private static <T> T choice(Optional<T> chosen, String field, Complaints complaints) {
		if (chosen.isEmpty()) {
			complaints.add(field, "participation.edit.error." + field);
			return null;
		}
		return chosen.get();
	}

	private static String key(@Nullable String typed) {
		return typed == null ? "" : typed.strip();
	}

}
