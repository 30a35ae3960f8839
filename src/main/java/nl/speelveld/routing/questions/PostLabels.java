package nl.speelveld.routing.questions;

import java.util.Locale;
import java.util.UUID;

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
			.orElseGet(() -> {
				String gone = this.messages.getMessage("question.post.gone", null, locale);
				return new PostLabel(post, gone, gone, roleName(roleCode, locale), "", null, false);
			});
	}

	public PostLabel of(Post post, Locale locale) {
		return new PostLabel(post.id(), post.name(), post.title(), roleName(post.roleCode(), locale),
				post.organisation().name(), post.contact(), true);
	}

	/** The role's name, or its code when the typology no longer has it. */
	public String roleName(String roleCode, Locale locale) {
		return this.roles.find(roleCode).map(role -> role.name(locale)).orElse(roleCode);
	}

}
