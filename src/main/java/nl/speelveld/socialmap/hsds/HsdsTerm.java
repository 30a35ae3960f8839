package nl.speelveld.socialmap.hsds;

import java.util.UUID;

/** One term of a Speelveld taxonomy: a role type, a focus theme, a kind of place or organisation, an area. */
public record HsdsTerm(HsdsTaxonomy taxonomy, String code, String name, String description) {

	public UUID id() {
		return this.taxonomy.termId(this.code);
	}

}
