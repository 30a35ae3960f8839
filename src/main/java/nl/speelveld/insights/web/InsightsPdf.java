package nl.speelveld.insights.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.speelveld.insights.AreaInsights;
import nl.speelveld.shared.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The printable report of an area, for a wijkagenda meeting: the four lenses with the same tables and
 * explanations as the page, and where each figure comes from.
 */
@Component
class InsightsPdf {

	private final MessageSource messages;

	private final InsightTables tables;

	InsightsPdf(MessageSource messages, InsightTables tables) {
		this.messages = messages;
		this.tables = tables;
	}

	byte[] of(AreaInsights insights, Locale locale) {
		Map<String, InsightTable> all = this.tables.all(insights, locale);
		String name = insights.area().name();
		String level = t(locale, "level." + insights.area().level().key());
		String year = String.valueOf(insights.registered().year());
		PdfWriter pdf = new PdfWriter(t(locale, "insights.pdf.title", name), locale,
				(n, m) -> t(locale, "insights.pdf.page", String.valueOf(n), String.valueOf(m)));
		String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
		pdf.paragraph(t(locale, "insights.pdf.intro", name, level, insights.area().code().value(), today));
		for (Section section : sections(insights, locale)) {
			pdf.heading(section.heading());
			section.paragraphs().forEach(pdf::paragraph);
			for (String id : section.tables()) {
				InsightTable table = all.get(id);
				if (table == null || table.isEmpty() || ("trend".equals(id) && table.rows().size() < 2)) {
					continue;
				}
				pdf.note(table.caption());
				List<List<String>> rows = new ArrayList<>();
				for (InsightTable.Row row : table.rows()) {
					List<String> cells = new ArrayList<>();
					cells.add(row.header());
					row.cells().forEach(cell -> cells.add(Cells.text(cell, locale)));
					rows.add(cells);
				}
				pdf.table(table.columns(), rows);
			}
			pdf.note(section.source());
		}
		pdf.heading(t(locale, "insights.pdf.more.heading"));
		pdf.paragraph(t(locale, "insights.pdf.more", insights.area().code().value(), year));
		return pdf.toBytes();
	}

	private List<Section> sections(AreaInsights insights, Locale locale) {
		String name = insights.area().name();
		String year = String.valueOf(insights.registered().year());
		AreaInsights.Representation representation = insights.democracy().representation();
		return List.of(
				new Section(t(locale, "insights.registered.heading"), List.of(t(locale, "insights.registered.explain", name, year)),
						List.of("kerncijfers", "leeftijd", "trend"), t(locale, "insights.registered.source", year)),
				new Section(t(locale, "insights.perceived.heading"),
						List.of(t(locale, "insights.perceived.explain", name, String.valueOf(insights.perceived().responses()))),
						insights.perceived().responses() == 0 ? List.of() : List.of("leefbaarheid"), t(locale, "insights.perceived.source")),
				new Section(t(locale, "insights.democracy.heading"),
						List.of(t(locale, "insights.democracy.explain", name),
								t(locale, "insights.representation.explain", String.valueOf(representation.participants()),
										String.valueOf(representation.withAgeGroup()), String.valueOf(AreaInsights.SMALLEST_GROUP))),
						List.of("opkomst", "vertegenwoordiging", "uitkomsten", "reactietijden"), t(locale, "insights.democracy.source")),
				new Section(t(locale, "insights.playing-field.heading"),
						List.of(t(locale, "insights.playing-field.explain", name, String.valueOf(insights.playingField().coveredThemes()),
								String.valueOf(insights.playingField().themes()), String.valueOf(insights.playingField().posts())),
								gaps(insights, locale)),
						List.of("speelveld", "normen"), t(locale, "insights.playing-field.source")));
	}

	private String gaps(AreaInsights insights, Locale locale) {
		var gaps = insights.playingField().gaps();
		if (gaps.isEmpty()) {
			return t(locale, "insights.playing-field.no-gaps");
		}
		return t(locale, "insights.playing-field.gaps", String.join(", ", gaps.stream().map(theme -> theme.name(locale)).toList()));
	}

	private String t(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	private record Section(String heading, List<String> paragraphs, List<String> tables, String source) {
	}

}
