package nl.speelveld.participation.budgeting;

/**
 * One round of the Method of Equal Shares: the project that its supporters could buy at the lowest price per euro
 * of it (the cheapest per vote), what each supporter paid at most ({@code pricePerSupporter}), how many of them
 * paid all they had left, their money before, and all voters' money left after the round.
 */
public record EqualSharesRound(int round, String projectId, long cost, long support, double pricePerSupporter,
		int supportersPayingAll, double supportersMoneyBefore, double votersMoneyLeft) {
}
