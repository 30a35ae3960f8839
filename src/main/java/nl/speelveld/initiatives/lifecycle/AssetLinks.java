package nl.speelveld.initiatives.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import nl.speelveld.shared.Problem;
import nl.speelveld.socialmap.SocialMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assets of the neighbourhood an initiative builds on: a place to meet, an organisation that helps.
 * Linking starts from what is there (ABCD) instead of asking for everything new; the social map stays the
 * owner of the asset, the initiative keeps only its id.
 */
@Service
public class AssetLinks {

	/** A linked asset as the page shows it. */
	public record LinkedAsset(String kind, UUID id, String name, String href) {
	}

	public static final List<String> KINDS = List.of("place", "organisation");

	private final JdbcClient jdbc;

	private final Moves moves;

	private final SocialMap socialMap;

	AssetLinks(JdbcClient jdbc, Moves moves, SocialMap socialMap) {
		this.jdbc = jdbc;
		this.moves = moves;
		this.socialMap = socialMap;
	}

	@Transactional
	public void link(UUID initiative, String kind, UUID asset) {
		this.moves.begin(initiative, Step.LINK_ASSET);
		describe(kind, asset);
		this.jdbc.sql("insert into initiative_asset (initiative_id, kind, asset_id) values (?, ?, ?) on conflict do nothing")
			.params(initiative, kind, asset)
			.update();
	}

	@Transactional
	public void unlink(UUID initiative, String kind, UUID asset) {
		this.moves.begin(initiative, Step.LINK_ASSET);
		this.jdbc.sql("delete from initiative_asset where initiative_id = ? and kind = ? and asset_id = ?")
			.params(initiative, kind, asset)
			.update();
	}

	/** The linked assets that still exist in the social map. */
	public List<LinkedAsset> of(UUID initiative) {
		List<LinkedAsset> linked = new ArrayList<>();
		this.jdbc.sql("select kind, asset_id from initiative_asset where initiative_id = ? order by linked_at")
			.param(initiative)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.list()
			.forEach(row -> {
				try {
					linked.add(describe(row[0], UUID.fromString(row[1])));
				}
				catch (Problem gone) {
					// removed from the social map since: nothing to show
				}
			});
		return linked;
	}

	private LinkedAsset describe(String kind, UUID asset) {
		return switch (kind.toLowerCase(Locale.ROOT)) {
			case "place" -> new LinkedAsset(kind, asset, this.socialMap.place(asset).name(), "/plekken/" + asset);
			case "organisation" ->
				new LinkedAsset(kind, asset, this.socialMap.organisation(asset).name(), "/organisaties/" + asset);
			default -> throw new AssetKindUnknown(kind);
		};
	}

	/** An asset kind initiatives do not link to. */
	static class AssetKindUnknown extends Problem {

		AssetKindUnknown(String kind) {
			super(Kind.BAD_INPUT, "initiative.error.asset-kind", kind);
		}

	}

}
