package nl.speelveld.socialmap.editing;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.socialmap.Professional;
import nl.speelveld.socialmap.SocialMap;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A professional's own work profile, linked to their account: only they make and change it. It holds work
 * data only, which is public by design.
 */
@Service
public class WorkProfiles {

	private final SocialMap socialMap;

	private final Editors editors;

	private final EntryFields fields;

	private final ProfessionalWrites professionals;

	private final PostWrites posts;

	private final Permissions permissions;

	WorkProfiles(SocialMap socialMap, Editors editors, EntryFields fields, ProfessionalWrites professionals,
			PostWrites posts, Permissions permissions) {
		this.socialMap = socialMap;
		this.editors = editors;
		this.fields = fields;
		this.professionals = professionals;
		this.posts = posts;
		this.permissions = permissions;
	}

	@PreAuthorize("@permissions.isProfessional()")
	public Optional<Professional> mine() {
		return this.socialMap.professionalOf(me());
	}

	/** The name to start a new profile with: the one on the account. */
	@PreAuthorize("@permissions.isProfessional()")
	public String suggestedName() {
		return this.permissions.shownName(new UserId(me())).orElse("");
	}

	@PreAuthorize("@permissions.isProfessional()")
	@Transactional(readOnly = true)
	public MyWork work() {
		UUID me = me();
		return new MyWork(this.socialMap.professionalOf(me).orElse(null),
				this.posts.ofPerson(me, MyWork.SHOWN).stream().map(this.socialMap::post).toList(),
				this.posts.countOfPerson(me));
	}

	@PreAuthorize("@permissions.isProfessional()")
	@Transactional
	public boolean save(WorkProfileForm form, Problems problems) {
		String name = this.fields.text(form.naam(), "naam", 2, 120, problems);
		String about = this.fields.text(form.over(), "over", 0, 2000, problems);
		if (!problems.isEmpty()) {
			return false;
		}
		UUID me = me();
		Optional<Professional> existing = this.socialMap.professionalOf(me);
		UUID id;
		if (existing.isPresent()) {
			id = existing.get().id();
			this.professionals.update(id, name, about);
		}
		else {
			id = this.professionals.create(me, name, about);
		}
		// The name stays out of the log: the log outlives an erased profile.
		this.permissions.audit(existing.isPresent() ? "work-profile-changed" : "work-profile-created", "professional",
				id, Map.of());
		return true;
	}

	private UUID me() {
		return this.editors.me().orElseThrow(() -> Editors.refused("work profile"));
	}

}
