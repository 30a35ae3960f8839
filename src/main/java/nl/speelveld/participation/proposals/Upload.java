package nl.speelveld.participation.proposals;

import org.jspecify.annotations.Nullable;

/** A photo as it came with the form, at its place (1 to 3), with the description typed for it. */
public record Upload(int position, byte @Nullable [] bytes, @Nullable String alt) {

	public boolean isEmpty() {
		return this.bytes == null || this.bytes.length == 0;
	}

}
