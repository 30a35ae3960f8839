package nl.speelveld.initiatives.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.speelveld.areas.AreaSummary;
import nl.speelveld.initiatives.InitiativeStatus;
import nl.speelveld.initiatives.lifecycle.SupportKind;
import nl.speelveld.initiatives.listing.InitiativePage;
import nl.speelveld.initiatives.listing.InitiativeQuery;
import nl.speelveld.initiatives.listing.ListedInitiative;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list page of an area's initiatives: the area and the areas it lies in, the filters as asked, one page
 * of initiatives, links to the pages before and after, and the bounds of the map around this page's markers.
 */
public record AreaInitiativesView(AreaSummary area, List<AreaSummary> ancestors, InitiativeQuery query,
		InitiativePage found, @Nullable String bounds) {

	/** The degrees a map shows around a single initiative, so that it does not zoom in onto one house. */
	private static final double MINIMUM_SPAN = 0.01;

	public static AreaInitiativesView of(AreaSummary area, List<AreaSummary> ancestors, InitiativeQuery query,
			InitiativePage found) {
		return new AreaInitiativesView(area, List.copyOf(ancestors), query, found, bounds(found.items()));
	}

	public List<InitiativeStatus> statuses() {
		return List.of(InitiativeStatus.values());
	}

	public List<String> supportKinds() {
		return SupportKind.ALL;
	}

	public boolean checked(InitiativeStatus status) {
		return this.query.statuses().contains(status);
	}

	public String text() {
		return this.query.text() == null ? "" : this.query.text();
	}

	public String support() {
		return this.query.support() == null ? "" : this.query.support();
	}

	public boolean filtered() {
		return !this.query.statuses().isEmpty() || this.query.text() != null || this.query.support() != null;
	}

	public String base() {
		return "/gebied/" + this.area.code().value() + "/initiatieven";
	}

	public @Nullable String previousUrl() {
		return this.found.hasPrevious() ? pageUrl(this.found.page() - 1) : null;
	}

	public @Nullable String nextUrl() {
		return this.found.hasNext() ? pageUrl(this.found.page() + 1) : null;
	}

	/** The number of the first initiative on this page, for the list's start. */
	public long first() {
		return this.query.offset() + 1;
	}

	public List<ListedInitiative> items() {
		return this.found.items();
	}

	private String pageUrl(int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(base());
		Set<InitiativeStatus> chosen = this.query.statuses();
		this.query.statusKeys().forEach(key -> url.queryParam("status", key));
		if (this.query.text() != null) {
			url.queryParam("q", this.query.text());
		}
		if (this.query.support() != null) {
			url.queryParam("steun", this.query.support());
		}
		if (page > 0) {
			url.queryParam("pagina", page + 1);
		}
		return chosen.isEmpty() && page == 0 && this.query.text() == null && this.query.support() == null ? base()
				: url.encode().build().toUriString();
	}

	/** minLon,minLat,maxLon,maxLat around the markers, as the map script reads it; null without markers. */
	private static @Nullable String bounds(List<ListedInitiative> items) {
		if (items.isEmpty()) {
			return null;
		}
		double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
		for (ListedInitiative item : items) {
			minLat = Math.min(minLat, item.lat());
			maxLat = Math.max(maxLat, item.lat());
			minLon = Math.min(minLon, item.lon());
			maxLon = Math.max(maxLon, item.lon());
		}
		double padLat = Math.max(0, MINIMUM_SPAN - (maxLat - minLat)) / 2;
		double padLon = Math.max(0, MINIMUM_SPAN - (maxLon - minLon)) / 2;
		return String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", minLon - padLon, minLat - padLat, maxLon + padLon,
				maxLat + padLat);
	}

}
