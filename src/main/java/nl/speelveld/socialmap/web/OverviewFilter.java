package nl.speelveld.socialmap.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The filters of the coordinator's overview, as typed, to show them again and to keep them when paging. */
public record OverviewFilter(String kind, String area, String text, boolean ended) {

	/** The overview's address for another page with the same filters. */
	public String page(int page) {
		return "/beheer/sociale-kaart?soort=" + this.kind + "&gebied=" + encode(this.area) + "&q=" + encode(this.text)
				+ (this.ended ? "&beeindigd=ja" : "") + "&pagina=" + page;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
