package nl.speelveld.participation.proposals;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.shared.Problem.Kind;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor asks of the proposals of a process: words to look for, which outcome, which order, and
 * which page. The page and the API read the same parameters through {@link #parse}.
 */
public record ProposalQuery(UUID process, @Nullable String text, Show show, Order order, int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAXIMUM_SIZE = 100;

	public static final int MAXIMUM_TEXT = 200;

	/** Deeper pages are refused: nobody reads on after page 500, and the offset would cost a scan. */
	public static final int MAXIMUM_PAGE = 500;

	/** Which proposals by their answer: all, answered or not, or one outcome. */
	public enum Show {

		ALL, ANSWERED, UNANSWERED, ADOPTED, PARTLY, NOT_ADOPTED, COUNCIL;

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Optional<Show> fromKey(String key) {
			for (Show show : values()) {
				if (show.key().equals(key)) {
					return Optional.of(show);
				}
			}
			return Optional.empty();
		}

	}

	public enum Order {

		NEWEST, SUPPORTED;

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	public ProposalQuery {
		text = text == null || text.isBlank() ? null : text.strip();
		if (text != null && text.length() > MAXIMUM_TEXT) {
			text = text.substring(0, MAXIMUM_TEXT);
		}
	}

	/**
	 * The query from request parameters; an unknown outcome or order, or a page that is no number in range,
	 * is refused with a message that says what is allowed. The page counts from 0.
	 */
	public static ProposalQuery parse(UUID process, @Nullable String text, @Nullable String show,
			@Nullable String order, @Nullable String page, @Nullable String size) {
		Show shown = show == null || show.isBlank() ? Show.ALL : Show.fromKey(show.strip())
			.orElseThrow(() -> new ProposalRefused(Kind.BAD_INPUT, "proposal.problem.bad-outcome",
					shorten(show)));
		Order ordered;
		if (order == null || order.isBlank() || order.strip().equals(Order.NEWEST.key())) {
			ordered = Order.NEWEST;
		}
		else if (order.strip().equals(Order.SUPPORTED.key())) {
			ordered = Order.SUPPORTED;
		}
		else {
			throw new ProposalRefused(Kind.BAD_INPUT, "proposal.problem.bad-order", shorten(order));
		}
		int index = number(page, 0, 0, MAXIMUM_PAGE, "proposal.problem.bad-page");
		int count = number(size, DEFAULT_SIZE, 1, MAXIMUM_SIZE, "proposal.problem.bad-size");
		return new ProposalQuery(process, text, shown, ordered, index, count);
	}

	public long offset() {
		return (long) this.page * this.size;
	}

	public boolean filtered() {
		return this.text != null || this.show != Show.ALL;
	}

	private static int number(@Nullable String value, int absent, int min, int max, String problem) {
		if (value == null || value.isBlank()) {
			return absent;
		}
		String trimmed = value.strip();
		if (!trimmed.matches("\\d{1,6}") || Integer.parseInt(trimmed) < min || Integer.parseInt(trimmed) > max) {
			throw new ProposalRefused(Kind.BAD_INPUT, problem, String.valueOf(min),
					String.valueOf(max));
		}
		return Integer.parseInt(trimmed);
	}

	private static String shorten(String text) {
		String trimmed = text.strip();
		return trimmed.length() > 40 ? trimmed.substring(0, 40) + "…" : trimmed;
	}

}
