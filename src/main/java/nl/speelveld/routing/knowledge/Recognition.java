package nl.speelveld.routing.knowledge;

import java.util.List;

/** What the wegwijzer recognised in a question: terms of topics, and roles named outright. */
public record Recognition(List<Word> words, List<Hit> hits, List<Mention> mentions) {

	public Recognition {
		words = List.copyOf(words);
		hits = List.copyOf(hits);
		mentions = List.copyOf(mentions);
	}

}
