package nl.speelveld.shared;

/**
 * A refusal that the user caused and can understand: an unknown code, a point outside every area, a
 * malformed value. It carries a message key (with arguments) so that pages and the API can say it in the
 * user's language; the web layer maps its {@link Kind} to an HTTP status.
 */
public abstract class Problem extends RuntimeException {

	public enum Kind {

		NOT_FOUND, BAD_INPUT, CONFLICT

	}

	private final Kind kind;

	private final String messageKey;

	private final transient Object[] arguments;

	protected Problem(Kind kind, String messageKey, Object... arguments) {
		super(messageKey);
		this.kind = kind;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public Kind kind() {
		return this.kind;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	/** The same refusal with its arguments, for logs; users see the translated message instead. */
	@Override
	public String getMessage() {
		return this.messageKey + java.util.Arrays.toString(this.arguments);
	}

}
