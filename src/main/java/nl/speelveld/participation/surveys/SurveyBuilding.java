package nl.speelveld.participation.surveys;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.ProcessStatus;
import nl.speelveld.participation.processes.ProcessSteps;
import nl.speelveld.shared.Complaints;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner of a process builds its surveys: from scratch, one question at a time, or in one step from the
 * liveability template. A survey that people have filled in no longer changes, so that every response
 * answered the same questions.
 */
@Service
public class SurveyBuilding {

	static final int MAX_TITLE = 200;

	static final int MAX_TEXT = 500;

	static final int MAX_LABEL = 60;

	static final int MAX_OPTIONS = 12;

	private static final java.util.Locale DUTCH = java.util.Locale.forLanguageTag("nl");

	private final SurveyStore store;

	private final ProcessSteps steps;

	private final Permissions permissions;

	private final MessageSource messages;

	SurveyBuilding(SurveyStore store, ProcessSteps steps, Permissions permissions, MessageSource messages) {
		this.store = store;
		this.steps = steps;
		this.permissions = permissions;
		this.messages = messages;
	}

	/** A new empty survey; the complaints say what is wrong with the title, if anything. */
	@Transactional
	public Created create(Process process, String title, String intro) {
		UserId by = owner(process);
		Complaints complaints = new Complaints();
		String cleanTitle = title.strip();
		if (cleanTitle.isEmpty()) {
			complaints.add("title", "survey.build.title.missing");
		}
		else if (cleanTitle.length() > MAX_TITLE) {
			complaints.add("title", "survey.build.title.too-long");
		}
		if (intro.strip().length() > 2000) {
			complaints.add("intro", "survey.build.intro.too-long");
		}
		if (!complaints.isEmpty()) {
			return new Created(null, complaints);
		}
		UUID id = UUID.randomUUID();
		this.store.create(id, process.id(), cleanTitle, intro.strip(), null, by.value());
		audit("participation-survey-created", id, process);
		return new Created(id, complaints);
	}

	/** The liveability survey: the 14 themes scored 1 to 7, and if asked one open question at the end. */
	@Transactional
	public UUID fromTemplate(Process process, boolean openQuestion) {
		UserId by = owner(process);
		UUID id = UUID.randomUUID();
		this.store.create(id, process.id(), dutch("survey.template.title"), dutch("survey.template.intro"),
				Survey.LIVEABILITY, by.value());
		for (Question question : liveabilityQuestions(openQuestion)) {
			this.store.add(id, question);
		}
		audit("participation-survey-created", id, process);
		return id;
	}

	/** The questions of the template, with their Dutch text stored as the owner would have typed it. */
	List<Question> liveabilityQuestions(boolean openQuestion) {
		List<Question> questions = new java.util.ArrayList<>();
		for (LiveabilityTheme theme : LiveabilityTheme.values()) {
			questions.add(new Question(0, QuestionKind.SCALE, dutch("survey.theme." + theme.key() + ".question"), theme,
					dutch("survey.template.low"), dutch("survey.template.high"), List.of(), true));
		}
		if (openQuestion) {
			questions.add(new Question(0, QuestionKind.OPEN, dutch("survey.template.open"), null, null, null, List.of(),
					false));
		}
		return questions;
	}

	/** Adds a question at the end; complaints per field when it is not complete. */
	@Transactional
	public Complaints add(Process process, UUID surveyId, QuestionForm form) {
		owner(process);
		Survey survey = this.store.get(process.id(), surveyId);
		unchanged(survey);
		Complaints complaints = new Complaints();
		QuestionKind kind = QuestionKind.fromKey(form.kindOrScale()).orElse(null);
		if (kind == null) {
			complaints.add("kind", "survey.build.kind.missing");
		}
		String text = form.textOrEmpty().strip();
		if (text.isEmpty()) {
			complaints.add("text", "survey.build.text.missing");
		}
		else if (text.length() > MAX_TEXT) {
			complaints.add("text", "survey.build.text.too-long");
		}
		String low = form.lowOrEmpty().strip();
		String high = form.highOrEmpty().strip();
		List<String> options = form.optionLines();
		if (kind == QuestionKind.SCALE) {
			if (low.isEmpty()) {
				complaints.add("low", "survey.build.low.missing");
			}
			if (high.isEmpty()) {
				complaints.add("high", "survey.build.high.missing");
			}
			if (low.length() > MAX_LABEL || high.length() > MAX_LABEL) {
				complaints.add(low.length() > MAX_LABEL ? "low" : "high", "survey.build.label.too-long");
			}
		}
		if (kind != null && kind.hasOptions()) {
			if (options.size() < 2) {
				complaints.add("options", "survey.build.options.too-few");
			}
			else if (options.size() > MAX_OPTIONS || options.stream().anyMatch(option -> option.length() > MAX_TITLE)) {
				complaints.add("options", "survey.build.options.too-many");
			}
		}
		if (!complaints.isEmpty()) {
			return complaints;
		}
		boolean scale = kind == QuestionKind.SCALE;
		this.store.add(surveyId, new Question(0, kind, text, null, scale ? low : null, scale ? high : null,
				kind.hasOptions() ? options : List.of(), form.isRequired()));
		audit("participation-survey-changed", surveyId, process);
		return complaints;
	}

	@Transactional
	public void remove(Process process, UUID surveyId, int position) {
		owner(process);
		Survey survey = this.store.get(process.id(), surveyId);
		unchanged(survey);
		if (this.store.remove(surveyId, position)) {
			audit("participation-survey-changed", surveyId, process);
		}
	}

	/** Refuses a change once anyone has responded; holds the survey until the change is written. */
	private void unchanged(Survey survey) {
		this.store.lock(survey.id(), true);
		if (this.store.responses(survey.id()) > 0) {
			throw new SurveyRefused(SurveyRefused.LOCKED);
		}
	}

	private UserId owner(Process process) {
		if (!this.steps.canRun(process)) {
			throw new AccessDeniedException("Only those who run the process build its surveys");
		}
		if (process.status() == ProcessStatus.CLOSED) {
			throw new SurveyRefused(SurveyRefused.CLOSED);
		}
		return this.permissions.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

	private void audit(String action, UUID survey, Process process) {
		this.permissions.audit(action, "participation-survey", survey, Map.of("process", process.id().toString()));
	}

	private String dutch(String key) {
		return this.messages.getMessage(key, null, DUTCH);
	}

	/** The new survey's id, or null with the complaints. */
	public record Created(@org.jspecify.annotations.Nullable UUID id, Complaints complaints) {
	}

}
