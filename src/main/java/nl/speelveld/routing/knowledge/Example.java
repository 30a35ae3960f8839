package nl.speelveld.routing.knowledge;

/** A question residents typically ask a role, in their own words. */
public record Example(long id, String roleCode, String lang, String question) {
}
