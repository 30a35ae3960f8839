package nl.speelveld.areas;

import java.util.List;

/**
 * The CBS key figures (kerncijfers wijken en buurten) that Speelveld keeps per area and year, with the
 * column names under which CBS files carry them: the short names of the PDOK Wijk- en buurtkaart and the
 * keys of StatLine table 85984NED and its successors. Age groups are percentages of inhabitants, as CBS
 * publishes them on the map.
 */
public enum KeyFigure {

	INHABITANTS("inhabitants", false, "aantal_inwoners", "AantalInwoners_5", "inwoners"),
	MEN("men", false, "mannen", "Mannen_6"),
	WOMEN("women", false, "vrouwen", "Vrouwen_7"),
	HOUSEHOLDS("households", false, "huishoudens", "aantal_huishoudens", "HuishoudensTotaal_28"),
	AVERAGE_HOUSEHOLD_SIZE("average_household_size", true, "gem_huishouden_grootte", "gemiddelde_huishoudensgrootte",
			"GemiddeldeHuishoudensgrootte_32"),
	AGE_0_15("age_0_15_pct", false, "pct_0_15", "percentage_personen_0_tot_15_jaar"),
	AGE_15_25("age_15_25_pct", false, "pct_15_25", "percentage_personen_15_tot_25_jaar"),
	AGE_25_45("age_25_45_pct", false, "pct_25_45", "percentage_personen_25_tot_45_jaar"),
	AGE_45_65("age_45_65_pct", false, "pct_45_65", "percentage_personen_45_tot_65_jaar"),
	AGE_65_PLUS("age_65_plus_pct", false, "pct_65plus", "percentage_personen_65_jaar_en_ouder"),
	DENSITY("density", false, "bevolkingsdichtheid", "Bevolkingsdichtheid_34",
			"bevolkingsdichtheid_inwoners_per_km2"),
	DWELLINGS("dwellings", false, "woningvoorraad", "Woningvoorraad_35"),
	LAND_HECTARES("land_hectares", false, "opp_land_ha", "oppervlakte_land_in_ha", "OppervlakteLand_123"),
	WATER_HECTARES("water_hectares", false, "opp_water_ha", "oppervlakte_water_in_ha", "OppervlakteWater_124");

	private final String key;

	private final boolean decimal;

	private final List<String> cbsColumns;

	KeyFigure(String key, boolean decimal, String... cbsColumns) {
		this.key = key;
		this.decimal = decimal;
		this.cbsColumns = List.of(cbsColumns);
	}

	/** Name in JSON and the database column name. */
	public String key() {
		return this.key;
	}

	/** Whether the figure has decimals (average household size); all others are whole numbers. */
	public boolean isDecimal() {
		return this.decimal;
	}

	public List<String> cbsColumns() {
		return this.cbsColumns;
	}

}
