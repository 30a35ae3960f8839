package nl.speelveld.socialmap;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The public work profile of a professional: a name and a few lines about their work. Nothing private. */
public record Professional(UUID id, String name, String about, @Nullable UUID user) {

	public ProfessionalRef ref() {
		return new ProfessionalRef(this.id, this.name);
	}

}
