package nl.speelveld.socialmap;

import nl.speelveld.shared.Problem;

/** Asked for an organisation, professional, post, service or place that the social map does not hold. */
public class SocialMapEntryNotFound extends Problem {

	public SocialMapEntryNotFound(String kind, Object id) {
		super(Kind.NOT_FOUND, "problem.social-map.not-found." + kind, String.valueOf(id));
	}

}
