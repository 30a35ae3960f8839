package nl.speelveld.areas;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** The key figures of one area in one year; a figure CBS keeps secret or does not publish is absent. */
public final class KeyFigures {

	private static final KeyFigures NONE = new KeyFigures(new EnumMap<>(KeyFigure.class));

	private final EnumMap<KeyFigure, Number> values;

	private KeyFigures(EnumMap<KeyFigure, Number> values) {
		this.values = values;
	}

	public static KeyFigures of(Map<KeyFigure, Number> values) {
		return values.isEmpty() ? NONE : new KeyFigures(new EnumMap<>(values));
	}

	public static KeyFigures none() {
		return NONE;
	}

	public @Nullable Number get(KeyFigure figure) {
		return this.values.get(figure);
	}

	public @Nullable Integer inhabitants() {
		Number value = this.values.get(KeyFigure.INHABITANTS);
		return value == null ? null : value.intValue();
	}

	public boolean isEmpty() {
		return this.values.isEmpty();
	}

	/** The figures by key, in the order of {@link KeyFigure}; for JSON. */
	public Map<String, Number> asMap() {
		var byKey = new java.util.LinkedHashMap<String, Number>();
		this.values.forEach((figure, value) -> byKey.put(figure.key(), value));
		return Collections.unmodifiableMap(byKey);
	}

}
