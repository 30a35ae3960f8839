package nl.speelveld.areas.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.speelveld.areas.KeyFigure;
import nl.speelveld.areas.KeyFigures;

/** One line of the key-figures table on an area page: a label key and the value as readers expect it. */
public record FigureRow(String labelKey, String value) {

	static List<FigureRow> of(KeyFigures figures, Locale locale) {
		List<FigureRow> rows = new ArrayList<>();
		NumberFormat whole = NumberFormat.getIntegerInstance(locale);
		NumberFormat oneDecimal = NumberFormat.getNumberInstance(locale);
		oneDecimal.setMaximumFractionDigits(1);
		oneDecimal.setMinimumFractionDigits(1);
		for (KeyFigure figure : KeyFigure.values()) {
			Number value = figures.get(figure);
			if (value == null) {
				continue;
			}
			String text = figure.isDecimal() ? oneDecimal.format(value) : whole.format(value);
			if (figure.key().endsWith("_pct")) {
				text += "%";
			}
			rows.add(new FigureRow("figure." + figure.key(), text));
		}
		return rows;
	}

}
