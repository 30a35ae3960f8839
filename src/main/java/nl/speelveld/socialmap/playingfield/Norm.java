package nl.speelveld.socialmap.playingfield;

/**
 * A coverage norm: at most {@code inhabitants} inhabitants per post of a role type (the wijkagent: one per
 * 5,000), and where it comes from: the role typology, or the settings of this deployment.
 */
public record Norm(int inhabitants, Source source) {

	public enum Source {

		TYPOLOGY, DEPLOYMENT;

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
