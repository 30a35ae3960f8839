package nl.speelveld.socialmap.playingfield;

import java.util.List;

import nl.speelveld.roles.FocusTheme;

/** One focus theme in an area: the posts working on it and what that adds up to. */
public record ThemeField(FocusTheme theme, List<ThemePost> posts, ThemeStatus status) {

	/** The role types working on the theme, in the order the posts came (the typology's). */
	public List<String> roleCodes() {
		return this.posts.stream().map(post -> post.post().roleCode()).distinct().toList();
	}

	/** Nobody works on the theme for the whole area, only in parts of it. */
	public boolean partly() {
		return !this.posts.isEmpty() && this.posts.stream().allMatch(ThemePost::partly);
	}

	public long staleCount() {
		return this.posts.stream().filter(ThemePost::stale).count();
	}

}
