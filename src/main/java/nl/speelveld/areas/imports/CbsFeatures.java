package nl.speelveld.areas.imports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;
import nl.speelveld.areas.KeyFigure;
import org.jspecify.annotations.Nullable;

/**
 * Understands a feature or row of a CBS file: which column holds the code, the name, the parent and each
 * key figure. CBS has renamed its columns over the years (BU_CODE, buurtcode, Codering_3, statcode), so
 * each is looked up under all its known names.
 */
final class CbsFeatures {

	private static final List<String> CODE_COLUMNS = List.of("code", "statcode", "codering_3", "codering",
			"wijkenenbuurten", "buurtcode", "bu_code", "wijkcode", "wk_code", "gemeentecode", "gm_code");

	private static final List<String> NAME_COLUMNS = List.of("name", "naam", "statnaam", "regionaam",
			"naam_uit_wijkenkaart_2024");

	private static final List<String> LEVEL_COLUMNS = List.of("niveau", "level", "soortregio_2");

	private static final List<String> YEAR_COLUMNS = List.of("year", "jaar", "jaarstatcode");

	private static final Set<String> SECRET_MARKERS = Set.of(".", "-", "x", "?", "nan");

	private CbsFeatures() {
	}

	/** The area this feature describes, or null after reporting why it cannot be used. */
	static @Nullable AreaRecord toRecord(RawFeature feature, int year, Consumer<ImportProblem> problems) {
		String codeText = feature.first(CODE_COLUMNS);
		if (codeText == null) {
			codeText = feature.featureId();
		}
		if (codeText == null || codeText.isBlank()) {
			problems.accept(error(feature, null, "import.missing-code"));
			return null;
		}
		String normalized = codeText.trim().toUpperCase(Locale.ROOT);
		if (!AreaCode.isValid(normalized)) {
			problems.accept(error(feature, codeText.trim(), "import.invalid-code", codeText.trim()));
			return null;
		}
		AreaCode code = new AreaCode(normalized);
		var record = new AreaRecord(code, feature.file(), feature.location());
		boolean usable = checkYear(feature, code, year, problems) & checkLevel(feature, code, problems)
				& checkParents(feature, code, problems) & readFigures(feature, record, problems)
				& readLabel(feature, record, problems);
		record.name = name(feature, code.level());
		record.geometry = feature.geometry();
		return usable ? record : null;
	}

	private static @Nullable String name(RawFeature feature, AreaLevel level) {
		String name = feature.first(NAME_COLUMNS);
		if (name == null) {
			name = switch (level) {
				case GEMEENTE -> feature.first(List.of("gemeentenaam", "gm_naam"));
				case WIJK -> feature.first(List.of("wijknaam", "wk_naam"));
				case BUURT -> feature.first(List.of("buurtnaam", "bu_naam"));
				case KERN -> feature.first(List.of("kernnaam", "plaatsnaam"));
			};
		}
		return name;
	}

	private static boolean checkYear(RawFeature feature, AreaCode code, int year,
			Consumer<ImportProblem> problems) {
		String given = feature.first(YEAR_COLUMNS);
		if (given == null) {
			return true;
		}
		String digits = given.replaceAll("\\D", "");
		if (digits.length() >= 4 && Integer.parseInt(digits.substring(0, 4)) == year) {
			return true;
		}
		problems.accept(error(feature, code.value(), "import.year-mismatch", given, String.valueOf(year)));
		return false;
	}

	private static boolean checkLevel(RawFeature feature, AreaCode code, Consumer<ImportProblem> problems) {
		String given = feature.first(LEVEL_COLUMNS);
		if (given == null) {
			return true;
		}
		var level = AreaLevel.fromKey(given);
		if (level.isEmpty() || level.get() == code.level()) {
			// CBS tables name levels in several ways ("Gemeente", "Wijk", "Buurt"); others are left alone.
			return true;
		}
		problems.accept(error(feature, code.value(), "import.level-mismatch", given, code.level().key()));
		return false;
	}

	/** A parent column, when present, must agree with the parent that the CBS code structure implies. */
	private static boolean checkParents(RawFeature feature, AreaCode code, Consumer<ImportProblem> problems) {
		boolean consistent = true;
		String parent = feature.property("parent_code") != null || code.level() != AreaLevel.BUURT
				? feature.property("parent_code") : feature.first(List.of("wijk_code", "wijkcode", "wk_code"));
		if (parent != null && !code.impliedParent().map(p -> p.value().equalsIgnoreCase(parent)).orElse(false)) {
			problems.accept(error(feature, code.value(), "import.parent-mismatch", parent,
					code.impliedParent().map(AreaCode::value).orElse("-")));
			consistent = false;
		}
		String gemeente = code.level() == AreaLevel.GEMEENTE ? null
				: feature.first(List.of("gemeente_code", "gemeentecode", "gm_code"));
		if (gemeente != null && !gemeente.equalsIgnoreCase(code.gemeente().value())) {
			problems.accept(error(feature, code.value(), "import.parent-mismatch", gemeente, code.gemeente().value()));
			consistent = false;
		}
		return consistent;
	}

	private static boolean readFigures(RawFeature feature, AreaRecord record, Consumer<ImportProblem> problems) {
		boolean readable = true;
		for (KeyFigure figure : KeyFigure.values()) {
			for (String column : figure.cbsColumns()) {
				String text = feature.property(column);
				if (text == null || SECRET_MARKERS.contains(text.toLowerCase(Locale.ROOT))) {
					continue;
				}
				Number value = number(text, figure.isDecimal());
				if (value == null || value.doubleValue() < 0
						|| (figure.key().endsWith("_pct") && value.doubleValue() > 100)) {
					problems.accept(error(feature, record.code.value(), "import.bad-number", column, text));
					readable = false;
				}
				else {
					record.figures.put(figure, value);
				}
				break;
			}
		}
		return readable;
	}

	private static boolean readLabel(RawFeature feature, AreaRecord record, Consumer<ImportProblem> problems) {
		for (String prefix : List.of("label_", "centroid_")) {
			String lon = feature.property(prefix + "lon");
			String lat = feature.property(prefix + "lat");
			if (lon == null || lat == null) {
				continue;
			}
			Number x = number(lon, true);
			Number y = number(lat, true);
			if (x == null || y == null || Math.abs(x.doubleValue()) > 180 || Math.abs(y.doubleValue()) > 90) {
				problems.accept(error(feature, record.code.value(), "import.bad-label-point", lon, lat));
				return false;
			}
			record.labelLon = x.doubleValue();
			record.labelLat = y.doubleValue();
			return true;
		}
		return true;
	}

	/** Parses CBS numbers: a decimal point, or a decimal comma as Dutch spreadsheets write it. */
	static @Nullable Number number(String text, boolean decimal) {
		String plain = text.trim();
		if (plain.matches("-?\\d+,\\d+")) {
			plain = plain.replace(',', '.');
		}
		try {
			var value = new BigDecimal(plain);
			if (decimal) {
				return value.doubleValue();
			}
			// Whole-number figures sometimes arrive as "1314.0" from tools that write every number as a double.
			return value.stripTrailingZeros().scale() <= 0 ? (Number) value.longValueExact() : null;
		}
		catch (NumberFormatException | ArithmeticException notANumber) {
			return null;
		}
	}

	private static ImportProblem error(RawFeature feature, @Nullable String code, String key, Object... args) {
		return ImportProblem.error(feature.file(), feature.location(), code, key, args);
	}

}
