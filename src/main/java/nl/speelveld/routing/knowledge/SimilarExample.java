package nl.speelveld.routing.knowledge;

/** An example question and how much a resident's question looks like it (cosine similarity, 0..1). */
public record SimilarExample(Example example, double similarity) {
}
