package nl.speelveld.socialmap.freshness;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An entry on the coordinators' list: due for confirmation or stale already, with its owner's name
 * ({@code null} when it has no owner, or one whose account is gone).
 */
public record DueEntry(Entry entry, LocalDate dueOn, LocalDate staleFrom, boolean stale, @Nullable String ownerName) {

	public boolean hasOwner() {
		return this.ownerName != null;
	}

}
