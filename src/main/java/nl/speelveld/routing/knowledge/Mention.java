package nl.speelveld.routing.knowledge;

/** A role named in a question by its name or a local job title (ik zoek de buurtagent). */
public record Mention(String roleCode, String written) {
}
