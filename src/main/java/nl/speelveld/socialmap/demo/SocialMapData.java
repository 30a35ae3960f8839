package nl.speelveld.socialmap.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Rows for the social map tables, as generated: organisations, professionals, posts, places and services with
 * the areas they cover. Plain values, so that two generations can be compared row by row.
 */
record SocialMapData(List<Organisation> organisations, List<Professional> professionals, List<Post> posts,
		List<Place> places, List<Service> services) {

	record Organisation(UUID id, String name, String type, String description, @Nullable String website,
			@Nullable String email, @Nullable String phone, @Nullable String street, @Nullable String postcode,
			@Nullable String city, LocalDate lastConfirmed, List<String> areas) {
	}

	record Professional(UUID id, String displayName, String about) {
	}

	/** A post; {@code professional} is null for a team or a vacancy. */
	record Post(UUID id, String role, UUID organisation, @Nullable UUID professional, String title,
			List<String> focus, String availability, List<String> languages, @Nullable LocalDate startsOn,
			@Nullable LocalDate endsOn, @Nullable String contactEmail, @Nullable String contactPhone,
			LocalDate lastConfirmed, List<String> areas) {
	}

	/** A place; {@code area} is the finest area that holds its point. */
	record Place(UUID id, String kind, String name, String description, @Nullable UUID organisation,
			@Nullable String street, @Nullable String postcode, @Nullable String city, double lat, double lon,
			String area, String openingHours, String accessibility, @Nullable Boolean wheelchairAccessible,
			LocalDate lastConfirmed) {
	}

	record Service(UUID id, UUID organisation, String name, String description, String audience, List<String> focus,
			@Nullable String url, @Nullable String email, @Nullable String phone, LocalDate lastConfirmed,
			List<String> areas, List<UUID> places) {
	}

	static Builder builder() {
		return new Builder();
	}

	/** Collects rows while a generator runs. */
	static final class Builder {

		final List<Organisation> organisations = new ArrayList<>();

		final List<Professional> professionals = new ArrayList<>();

		final List<Post> posts = new ArrayList<>();

		final List<Place> places = new ArrayList<>();

		final List<Service> services = new ArrayList<>();

		SocialMapData build() {
			return new SocialMapData(List.copyOf(this.organisations), List.copyOf(this.professionals),
					List.copyOf(this.posts), List.copyOf(this.places), List.copyOf(this.services));
		}

	}

}
