package nl.speelveld.participation.challenges;

/** One criterion a request is assessed against: a short name and what it means. */
public record Criterion(String name, String explanation) {
}
