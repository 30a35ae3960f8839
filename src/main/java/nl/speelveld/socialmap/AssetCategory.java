package nl.speelveld.socialmap;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.speelveld.accounts.OrganisationType;

/**
 * The asset categories of asset-based community development (ABCD) as the asset map shows them. Associations
 * are the organisations residents run themselves; institutions are the other organisations.
 */
public enum AssetCategory {

	ASSOCIATIONS("associations"), INSTITUTIONS("institutions"), PLACES("places"), ACTIVITIES("activities"),
	GIFTS("gifts");

	/** The organisation types that are associations: run by residents. */
	public static final Set<String> ASSOCIATION_TYPES = Set.of(OrganisationType.VERENIGING.key(),
			OrganisationType.BEWONERSORGANISATIE.key(), OrganisationType.DORPSSTICHTING.key(),
			OrganisationType.SPORTORGANISATIE.key());

	public static final List<String> KEYS = Arrays.stream(values()).map(AssetCategory::key).toList();

	private final String key;

	AssetCategory(String key) {
		this.key = key;
	}

	public String key() {
		return this.key;
	}

	public static String ofOrganisationType(String type) {
		return ASSOCIATION_TYPES.contains(type) ? ASSOCIATIONS.key : INSTITUTIONS.key;
	}

	/** The known keys among {@code wanted}, in the order of the categories; all of them when none is known. */
	public static Set<String> chosen(java.util.Collection<String> wanted) {
		Set<String> chosen = new LinkedHashSet<>();
		KEYS.stream().filter(wanted::contains).forEach(chosen::add);
		return chosen.isEmpty() ? new LinkedHashSet<>(KEYS) : chosen;
	}

}
