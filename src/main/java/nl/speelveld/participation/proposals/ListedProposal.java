package nl.speelveld.participation.proposals;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A proposal as the list and the map show it: enough for a card and a marker, not its whole text. */
public record ListedProposal(UUID id, UUID process, String title, String summaryLine, String authorName,
		int supporters, @Nullable Outcome outcome, @Nullable Double lat, @Nullable Double lon, Instant createdAt) {

	public String url() {
		return "/participatie/" + this.process + "/voorstellen/" + this.id;
	}

	public boolean hasPlace() {
		return this.lat != null && this.lon != null;
	}

}
