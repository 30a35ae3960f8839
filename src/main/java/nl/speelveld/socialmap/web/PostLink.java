package nl.speelveld.socialmap.web;

import nl.speelveld.socialmap.Post;

/**
 * A post named on the playing field: linked to the professional's work profile, or for a team or vacancy
 * to the organisation; {@code via} names the parts of the area it works in when it works only there.
 */
public record PostLink(String name, String href, String organisation, boolean stale, String via) {

	static PostLink of(Post post, boolean stale, String via) {
		String href = post.professional() != null ? "/professionals/" + post.professional().id()
				: "/organisaties/" + post.organisation().id();
		return new PostLink(post.name(), href, post.organisation().name(), stale, via);
	}

	public boolean partly() {
		return !this.via.isEmpty();
	}

}
