package nl.speelveld.socialmap.demo;

import java.util.ArrayList;
import java.util.List;

/** Made-up names for professionals, each combination handed out once before any repeats. */
final class NamePool {

	record Name(String first, String last) {

		String display() {
			return this.first + " " + this.last;
		}

		/** The local part of a made-up e-mail address: anna.deproef. */
		String mailbox() {
			return Draw.slug(this.first).replace("-", "") + "." + Draw.slug(this.last).replace("-", "");
		}

	}

	private final List<Name> names = new ArrayList<>();

	private int next;

	NamePool(Draw draw) {
		for (String first : Vocabulary.FIRST_NAMES) {
			for (String last : Vocabulary.SURNAMES) {
				this.names.add(new Name(first, last));
			}
		}
		draw.shuffle(this.names);
	}

	Name next() {
		Name name = this.names.get(this.next % this.names.size());
		this.next++;
		return name;
	}

}
