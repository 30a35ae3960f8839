package nl.speelveld.routing.questions;

import org.jspecify.annotations.Nullable;

/**
 * Leaving a question with a post: the text, the place (a CBS area code), the post and its role as the
 * wegwijzer showed them, and, in the second step, an address to write back to and the consent.
 */
public record LeaveForm(@Nullable String question, @Nullable String area, @Nullable String post, @Nullable String role,
		@Nullable String email, @Nullable String consent) {

	public String questionText() {
		return this.question == null ? "" : this.question.strip();
	}

	public String emailAddress() {
		return this.email == null ? "" : this.email.strip();
	}

	public boolean consented() {
		return this.consent != null && !this.consent.isBlank();
	}

	public String areaValue() {
		return this.area == null ? "" : this.area.strip();
	}

	public String postValue() {
		return this.post == null ? "" : this.post.strip();
	}

	public String roleValue() {
		return this.role == null ? "" : this.role.strip();
	}

}
