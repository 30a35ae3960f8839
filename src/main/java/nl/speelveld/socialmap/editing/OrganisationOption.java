package nl.speelveld.socialmap.editing;

/**
 * An organisation a form offers: one on the social map (its id as value), or the person's own employer
 * that is not on the map yet ({@code werkgever:} and the employer's id).
 */
public record OrganisationOption(String value, String name, String type, boolean employer) {
}
