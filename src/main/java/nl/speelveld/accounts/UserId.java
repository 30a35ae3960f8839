package nl.speelveld.accounts;

import java.util.UUID;

/** A person's account. Other modules keep this id, never an e-mail address or name. */
public record UserId(UUID value) {

	public static UserId random() {
		return new UserId(UUID.randomUUID());
	}

	public static UserId parse(String text) {
		return new UserId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
