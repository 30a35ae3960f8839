package nl.speelveld.initiatives.listing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.initiatives.InitiativeStatus;

/** An initiative as a list and a map show it: enough for a card and a marker, not its whole plan. */
public record ListedInitiative(UUID id, String title, InitiativeStatus status, AreaCode area, String areaName,
		String gemeente, double lat, double lon, int supporters, String summaryLine, List<String> supportNeeded,
		Instant updatedAt) {

	public ListedInitiative {
		supportNeeded = List.copyOf(supportNeeded);
	}

	public String url() {
		return "/initiatieven/" + this.id;
	}

}
