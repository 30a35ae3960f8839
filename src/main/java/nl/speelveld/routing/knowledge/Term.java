package nl.speelveld.routing.knowledge;

/**
 * A word or phrase that signals a topic; weight 1 is a strong signal, 0.5 a hint that needs company. An exact
 * term matches only as written, not in its other forms.
 */
public record Term(long id, String topicCode, String lang, String term, double weight, boolean exact) {
}
