package nl.speelveld.participation.web;

import java.util.List;
import java.util.Locale;

import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.proposals.ListedProposal;
import nl.speelveld.participation.proposals.Proposal;
import nl.speelveld.participation.proposals.ProposalPage;
import nl.speelveld.participation.proposals.ProposalQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list page of a process's proposals: the filters as asked, one page, links before and after, the
 * visitor's own proposals that wait for a moderator, and the bounds of the map around this page's places.
 */
public record ProposalListView(Process process, String areaName, int areaYear, ProposalQuery query, ProposalPage found,
		List<Proposal> held, boolean canPropose, @Nullable String bounds) {

	/** The degrees a map shows around a single proposal, so that it does not zoom in onto one house. */
	private static final double MINIMUM_SPAN = 0.01;

	public ProposalListView {
		held = List.copyOf(held);
	}

	public static ProposalListView of(Process process, String areaName, int areaYear, ProposalQuery query,
			ProposalPage found, List<Proposal> held, boolean canPropose) {
		return new ProposalListView(process, areaName, areaYear, query, found, held, canPropose, bounds(found.items()));
	}

	public List<ProposalQuery.Show> shows() {
		return List.of(ProposalQuery.Show.values());
	}

	public List<ProposalQuery.Order> orders() {
		return List.of(ProposalQuery.Order.values());
	}

	public String text() {
		return this.query.text() == null ? "" : this.query.text();
	}

	public String base() {
		return "/participatie/" + this.process.id() + "/voorstellen";
	}

	public List<ListedProposal> items() {
		return this.found.items();
	}

	public long first() {
		return this.query.offset() + 1;
	}

	public @Nullable String previousUrl() {
		return this.found.hasPrevious() ? pageUrl(this.found.page() - 1) : null;
	}

	public @Nullable String nextUrl() {
		return this.found.hasNext() && this.found.page() < ProposalQuery.MAXIMUM_PAGE ? pageUrl(this.found.page() + 1) : null;
	}

	private String pageUrl(int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(base());
		if (this.query.text() != null) {
			url.queryParam("q", this.query.text());
		}
		if (this.query.show() != ProposalQuery.Show.ALL) {
			url.queryParam("uitkomst", this.query.show().key());
		}
		if (this.query.order() != ProposalQuery.Order.NEWEST) {
			url.queryParam("volgorde", this.query.order().key());
		}
		if (page > 0) {
			url.queryParam("pagina", page + 1);
		}
		return url.encode().build().toUriString();
	}

	/** minLon,minLat,maxLon,maxLat around the places, as the map script reads it; null without places. */
	static @Nullable String bounds(List<ListedProposal> items) {
		double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
		boolean any = false;
		for (ListedProposal item : items) {
			if (item.hasPlace()) {
				any = true;
				minLat = Math.min(minLat, item.lat());
				maxLat = Math.max(maxLat, item.lat());
				minLon = Math.min(minLon, item.lon());
				maxLon = Math.max(maxLon, item.lon());
			}
		}
		return any ? box(minLat, maxLat, minLon, maxLon) : null;
	}

	static String box(double minLat, double maxLat, double minLon, double maxLon) {
		double padLat = Math.max(0, MINIMUM_SPAN - (maxLat - minLat)) / 2;
		double padLon = Math.max(0, MINIMUM_SPAN - (maxLon - minLon)) / 2;
		return String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", minLon - padLon, minLat - padLat, maxLon + padLon,
				maxLat + padLat);
	}

}
