package nl.speelveld.socialmap.playingfield;

import java.util.List;

import nl.speelveld.areas.Area;
import nl.speelveld.roles.Roles;
import nl.speelveld.socialmap.CoveringPost;
import nl.speelveld.socialmap.SocialMap;

import org.springframework.stereotype.Service;

/** The playing field of an area, from the social map, the role typology and the CBS population. */
@Service
public class PlayingFields {

	private final SocialMap socialMap;

	private final Roles roles;

	private final PlayingFieldSettings settings;

	private final Populations populations;

	PlayingFields(SocialMap socialMap, Roles roles, PlayingFieldSettings settings, Populations populations) {
		this.socialMap = socialMap;
		this.roles = roles;
		this.settings = settings;
		this.populations = populations;
	}

	public PlayingField of(Area area) {
		List<CoveringPost> posts = this.socialMap.postsReaching(area.code());
		var analysis = new PlayingFieldAnalysis(this.roles.all(), this.roles.themes(),
				this.settings.normsOf(this.roles.all()));
		return analysis.analyse(area.code(), area.figures().inhabitants(), posts, this.populations::of);
	}

}
