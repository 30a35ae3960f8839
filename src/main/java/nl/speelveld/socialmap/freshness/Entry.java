package nl.speelveld.socialmap.freshness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

/**
 * A social-map entry as far as its freshness goes: what it is called, under which organisation, whose it
 * is, when it was last confirmed, the areas it covers, and the reminders of its current round (those sent
 * since it was last confirmed).
 */
public record Entry(EntryKind kind, UUID id, String name, String context, @Nullable UUID organisation,
		@Nullable UUID owner, LocalDate lastConfirmed, List<AreaCode> areas, Reminded reminded) {

	/** The reminders of the current round: the first one's day, whether the second went out, the latest. */
	public record Reminded(@Nullable LocalDate firstOn, boolean second, @Nullable Instant lastAt, int count) {

		static final Reminded NONE = new Reminded(null, false, null, 0);

		public boolean any() {
			return this.count > 0;
		}

	}

	/**
	 * Where the owner changes the entry: a post has its own edit page; the other entries are changed from
	 * the page that shows them (a service is shown on its organisation's page).
	 */
	public String editPath() {
		return switch (this.kind) {
			case POST -> "/sociale-kaart/posten/" + this.id + "/bewerken";
			case PLACE -> "/plekken/" + this.id;
			case ORGANISATION -> "/organisaties/" + this.id;
			case SERVICE -> this.organisation == null ? "/" : "/organisaties/" + this.organisation;
		};
	}

}
