package nl.speelveld.socialmap.editing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.accounts.Employer;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.socialmap.Post;
import nl.speelveld.socialmap.Professional;
import nl.speelveld.socialmap.SocialMap;
import nl.speelveld.socialmap.SocialMapEntryNotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making, changing and ending posts. A professional makes posts that they hold themselves, anywhere they
 * work; a coordinator also makes posts for others (a named professional, a team or a vacancy) in their
 * scope; see {@link Editors} for who may change which post.
 */
@Service
public class PostEditing {

	private final SocialMap socialMap;

	private final Editors editors;

	private final PostChecks checks;

	private final Choices choices;

	private final PostWrites posts;

	private final ProfessionalWrites professionals;

	private final OrganisationWrites organisations;

	private final Permissions permissions;

	PostEditing(SocialMap socialMap, Editors editors, PostChecks checks, Choices choices, PostWrites posts,
			ProfessionalWrites professionals, OrganisationWrites organisations, Permissions permissions) {
		this.socialMap = socialMap;
		this.editors = editors;
		this.checks = checks;
		this.choices = choices;
		this.posts = posts;
		this.professionals = professionals;
		this.organisations = organisations;
		this.permissions = permissions;
	}

	/** Who is about to make or change a post: their work profile, and whether they may name someone else. */
	public record Editor(@Nullable Professional profile, boolean forOthers) {
	}

	@PreAuthorize("@permissions.isProfessional()")
	public Editor editor() {
		UUID me = this.editors.me().orElseThrow(() -> Editors.refused("posts"));
		return new Editor(this.socialMap.professionalOf(me).orElse(null), this.editors.isCoordinatorOrAdministrator());
	}

	@PreAuthorize("@permissions.isProfessional()")
	@Transactional
	public Optional<UUID> create(PostForm form, Problems problems) {
		UUID me = this.editors.me().orElseThrow(() -> Editors.refused("posts"));
		Editor editor = editor();
		boolean self = !editor.forOthers() || form.self();
		PostDraft draft = this.checks.read(form, problems);
		if (self && editor.profile() == null) {
			problems.add("zelf", "edit.post.profile-missing");
		}
		if (draft != null && !self && !this.editors.keepsScope(List.of(), draft.areas())) {
			problems.refuse("gebieden", "edit.area.outside-scope");
		}
		if (draft == null || !problems.isEmpty()) {
			return Optional.empty();
		}
		draft = onTheMap(draft, form.organisatie());
		UUID holder = self ? editor.profile().id() : holderNamed(form.naam(), draft.organisation(), null);
		UUID id = this.posts.insert(draft, holder, me);
		audit("post-created", id, draft);
		return Optional.of(id);
	}

	/** The post, if the current person may change it; 403 otherwise. */
	@Transactional(readOnly = true)
	public Post editable(UUID id) {
		Post post = this.socialMap.post(id);
		if (!mayEdit(post)) {
			throw Editors.refused("post " + id);
		}
		return post;
	}

	@Transactional
	public boolean update(UUID id, PostForm form, Problems problems) {
		Post post = editable(id);
		PostDraft draft = this.checks.read(form, problems);
		boolean own = isOwn(post);
		if (draft != null && !own && !this.editors.keepsScope(post.areas(), draft.areas())) {
			problems.refuse("gebieden", "edit.area.outside-scope");
		}
		if (draft == null || !problems.isEmpty()) {
			return false;
		}
		draft = onTheMap(draft, form.organisatie());
		UUID holder = post.professional() == null ? null : post.professional().id();
		if (mayNameHolder(post)) {
			holder = holderNamed(form.naam(), draft.organisation(), holder);
		}
		this.posts.update(id, draft, holder);
		audit("post-changed", id, draft);
		return true;
	}

	/** Ends the post yesterday, so that it leaves the social map at once. */
	@Transactional
	public void end(UUID id) {
		editable(id);
		LocalDate yesterday = LocalDate.now().minusDays(1);
		this.posts.end(id, yesterday);
		this.permissions.audit("post-ended", "post", id, Map.of("lastDay", yesterday.toString()));
	}

	public boolean mayEdit(Post post) {
		return this.editors.isAdministrator() || isOwn(post) || this.editors.coordinates(post.areas());
	}

	/** Whether the post is the current person's: they answer for it or hold it through their work profile. */
	public boolean isOwn(Post post) {
		Optional<UUID> me = this.editors.me();
		if (me.isEmpty() || !this.editors.isProfessional()) {
			return false;
		}
		return me.get().equals(post.owner()) || heldBy(post, me.get());
	}

	/**
	 * A coordinator names who holds a post, unless a professional holds it through their own account: then
	 * the name is theirs to change, on their work profile.
	 */
	public boolean mayNameHolder(Post post) {
		if (!this.editors.isCoordinatorOrAdministrator()) {
			return false;
		}
		return post.professional() == null || this.socialMap.professional(post.professional().id()).user() == null;
	}

	public boolean heldBy(Post post, UUID user) {
		if (post.professional() == null) {
			return false;
		}
		try {
			return user.equals(this.socialMap.professional(post.professional().id()).user());
		}
		catch (SocialMapEntryNotFound gone) {
			return false;
		}
	}

	/** Puts the person's own employer on the map when they chose it and it is not there yet. */
	private PostDraft onTheMap(PostDraft draft, String choice) {
		Optional<Employer> employer = this.choices.employer(choice);
		if (employer.isEmpty()) {
			return draft;
		}
		UUID organisation = this.organisations.named(employer.get().name(), employer.get().gemeenten()).orElseGet(() -> {
			UUID created = this.organisations.insert(new OrganisationDraft(employer.get().name(), employer.get().type(), "",
					employer.get().gemeenten(), null, null, null, null, null, null), this.editors.me().orElse(null));
			this.permissions.audit("organisation-created", "organisation", created,
					Map.of("name", employer.get().name(), "from", "employer"));
			return created;
		});
		return draft.at(organisation);
	}

	private @Nullable UUID holderNamed(String name, UUID organisation, @Nullable UUID current) {
		return name.isBlank() ? null : this.professionals.holderNamed(name.strip(), organisation, current);
	}

	private void audit(String action, UUID id, PostDraft draft) {
		this.permissions.audit(action, "post", id, Map.of("role", draft.roleCode(), "organisation",
				draft.organisation().toString(), "areas", draft.areas().stream().map(AreaCode::value).toList()));
	}

}
