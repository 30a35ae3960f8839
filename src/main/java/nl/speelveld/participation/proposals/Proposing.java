package nl.speelveld.participation.proposals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.speelveld.accounts.UserId;
import nl.speelveld.participation.ProposalSubmitted;
import nl.speelveld.participation.moderation.Moderation;
import nl.speelveld.participation.moderation.Screening;
import nl.speelveld.participation.processes.Contribution;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.TakingPart;
import nl.speelveld.participation.proposals.ProposalStore.Place;
import nl.speelveld.shared.Complaints;
import nl.speelveld.shared.images.Photo;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident puts a proposal in a process: the gate first (signed in, the process open in a phase for
 * proposals, a resident of the area when it asks for that), then every field checked, and only a proposal
 * without mistakes is written, with its photos redrawn and the moderation that screening decides.
 */
@Service
public class Proposing {

	public static final int MOST_IMAGES = 3;

	static final int TITLE_MIN = 5;

	static final int TITLE_MAX = 140;

	static final int BODY_MIN = 20;

	static final int BODY_MAX = 5000;

	static final int NAME_MAX = 80;

	static final int ALT_MIN = 3;

	static final int ALT_MAX = 300;

	/** The result: the new proposal's id and whether the public sees it now, or the mistakes and no id. */
	public record Submitted(@Nullable UUID id, boolean visible, Complaints complaints) {
	}

	private final TakingPart takingPart;

	private final Screening screening;

	private final Places places;

	private final ProposalStore store;

	private final ApplicationEventPublisher events;

	Proposing(TakingPart takingPart, Screening screening, Places places, ProposalStore store,
			ApplicationEventPublisher events) {
		this.takingPart = takingPart;
		this.screening = screening;
		this.places = places;
		this.store = store;
		this.events = events;
	}

	@Transactional
	public Submitted submit(Process process, ProposalForm form, List<Upload> uploads) {
		UserId author = this.takingPart.check(process, Contribution.PROPOSE);
		Complaints complaints = new Complaints();
		String title = text(complaints, "title", form.title(), TITLE_MIN, TITLE_MAX);
		String body = text(complaints, "body", form.body(), BODY_MIN, BODY_MAX);
		String name = text(complaints, "authorName", form.authorName(), 2, NAME_MAX);
		Place place = this.places.of(process, form, complaints);
		List<Photo> photos = new ArrayList<>();
		List<String> alts = new ArrayList<>();
		for (Upload upload : uploads) {
			if (upload.isEmpty() || upload.position() < 1 || upload.position() > MOST_IMAGES) {
				continue;
			}
			Photo photo = Photo.of(upload.bytes()).orElse(null);
			String alt = ProposalForm.clean(upload.alt());
			if (photo == null) {
				complaints.add("image" + upload.position(), "proposal.error.image-unreadable");
			}
			else if (alt.length() < ALT_MIN || alt.length() > ALT_MAX) {
				complaints.add("alt" + upload.position(), "proposal.error.alt-missing");
			}
			else {
				photos.add(photo);
				alts.add(alt);
			}
		}
		if (!complaints.isEmpty()) {
			return new Submitted(null, false, complaints);
		}
		Moderation moderation = this.screening.verdict(process, author, title + "\n" + body);
		UUID id = UUID.randomUUID();
		this.store.insert(id, process.id(), author.value(), name, title, body, place, moderation);
		for (int i = 0; i < photos.size(); i++) {
			this.store.insertImage(id, i + 1, photos.get(i).jpeg(), alts.get(i));
		}
		boolean visible = moderation == Moderation.VISIBLE;
		this.events.publishEvent(new ProposalSubmitted(process.id(), process.area(), id, visible));
		return new Submitted(id, visible, complaints);
	}

	private static String text(Complaints complaints, String field, @Nullable String typed, int min, int max) {
		String text = ProposalForm.clean(typed);
		if (text.isEmpty()) {
			complaints.add(field, "proposal.error." + field + "-empty");
		}
		else if (text.length() < min) {
			complaints.add(field, "proposal.error." + field + "-short");
		}
		else if (text.length() > max) {
			complaints.add(field, "proposal.error." + field + "-long");
		}
		return text;
	}

}
