package nl.speelveld.socialmap;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;

/** What an organisation offers, for whom, where (areas and places), and how to reach it. */
public record ServiceOffer(UUID id, OrganisationRef organisation, String name, String description, String audience,
		List<String> focus, Contact contact, List<AreaCode> areas, List<UUID> places, LocalDate lastConfirmed) {
}
