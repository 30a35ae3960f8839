package nl.speelveld.participation.budgeting;

/** What a step of the tally decided about a project. */
public enum Outcome {

	/** Funded in full from the budget. */
	FUNDED,

	/** Funded from what the pass within the limits left, no longer bound by its category or neighbourhood. */
	FUNDED_FROM_LEFTOVER,

	/** It did not fit; it gets what is left of the budget (leftover policy: partially fund one). */
	PARTIALLY_FUNDED,

	/** It costs more than the budget has left. */
	DOES_NOT_FIT,

	/** It fits the budget, but not what is left of its category's or neighbourhood's limit. */
	LIMIT_REACHED,

	/** The tally stopped before its turn (after the partially funded project). */
	NOT_REACHED,

	/** Nobody voted for it. */
	NO_SUPPORT,

	/** Equal shares: its supporters together had too little left to pay for it. */
	SUPPORTERS_CANNOT_PAY

}
