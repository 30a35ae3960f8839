package nl.speelveld.routing.questions;

import java.util.Locale;
import java.util.UUID;

import nl.speelveld.roles.RoleType;
import nl.speelveld.roles.Roles;
import nl.speelveld.socialmap.Post;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Names posts and roles in the reader's language, also a post that has left the social map since. */
@Component
public class PostLabels {

	private final Holders holders;

	private final Roles roles;

	private final MessageSource messages;

	PostLabels(Holders holders, Roles roles, MessageSource messages) {
		this.holders = holders;
		this.roles = roles;
		this.messages = messages;
	}

	public PostLabel of(UUID post, String roleCode, Locale locale) {
		return this.holders.post(post)
			.map(found -> of(found, locale))
			.orElseGet(() -> new PostLabel(post, this.messages.getMessage("question.post.gone", null, locale),
					roleName(roleCode, locale), "", null, false));
	}

	public PostLabel of(Post post, Locale locale) {
		return new PostLabel(post.id(), post.name(), roleName(post.roleCode(), locale), post.organisation().name(),
				post.contact(), true);
	}

	public String roleName(String roleCode, Locale locale) {
		return this.roles.find(roleCode).map(role -> role.name(locale)).orElse(roleCode);
	}

	/** The role's name, with the role itself when it has none in the typology any more. */
	public String roleName(RoleType role, Locale locale) {
		return role.name(locale);
	}

}
