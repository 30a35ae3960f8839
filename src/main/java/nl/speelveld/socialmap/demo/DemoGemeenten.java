package nl.speelveld.socialmap.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.speelveld.areas.AreaCode;

import static nl.speelveld.accounts.OrganisationType.BEWONERSORGANISATIE;
import static nl.speelveld.accounts.OrganisationType.DORPSSTICHTING;
import static nl.speelveld.accounts.OrganisationType.GEMEENTE;
import static nl.speelveld.accounts.OrganisationType.POLITIE;
import static nl.speelveld.accounts.OrganisationType.SOCIAAL_ONDERNEMER;
import static nl.speelveld.accounts.OrganisationType.SPORTORGANISATIE;
import static nl.speelveld.accounts.OrganisationType.VERENIGING;
import static nl.speelveld.accounts.OrganisationType.WELZIJNSORGANISATIE;
import static nl.speelveld.accounts.OrganisationType.WONINGCORPORATIE;
import static nl.speelveld.accounts.OrganisationType.ZORGAANBIEDER;
import static nl.speelveld.socialmap.demo.DemoGemeente.Grouping;
import static nl.speelveld.socialmap.demo.DemoGemeente.OrgPlan;
import static nl.speelveld.socialmap.demo.DemoGemeente.PostPlan;

/**
 * The demo playing fields of Utrecht and Amsterdam (cities; Amsterdam by stadsdeel) and Het Hogeland (rural,
 * villages). The organisations are made up; their types and the areas are real.
 */
final class DemoGemeenten {

	private DemoGemeenten() {
	}

	static List<DemoGemeente> all() {
		return List.of(utrecht(), amsterdam(), hetHogeland());
	}

	private static final String WELZIJN = "type:welzijnsorganisatie";

	private static final String POLITIE_HERE = "type:politie";

	private static final String CORPORATIE = "type:woningcorporatie";

	/** Wijk 07 Zuid is the deliberate gap: no post there works on goal G2 (voice and influence). */
	static DemoGemeente utrecht() {
		List<OrgPlan> organisations = List.of(OrgPlan.gemeenteWide("gemeente", "Gemeente Utrecht (demo)", GEMEENTE),
				OrgPlan.inWijken("politie-noord", "Politie basisteam Utrecht-Noord (demo)", POLITIE, "01", "02", "03", "04", "06"),
				OrgPlan.inWijken("politie-zuid", "Politie basisteam Utrecht-Zuid (demo)", POLITIE, "05", "07", "08"),
				OrgPlan.inWijken("politie-west", "Politie basisteam Leidsche Rijn (demo)", POLITIE, "09", "10"),
				OrgPlan.inWijken("welzijn-noordoost", "Welzijn Utrecht Noordoost (demo)", WELZIJNSORGANISATIE, "03", "04", "05", "06"),
				OrgPlan.inWijken("welzijn-west", "Buurtwerk Utrecht West (demo)", WELZIJNSORGANISATIE, "01", "02", "09", "10"),
				OrgPlan.inWijken("welzijn-zuid", "Stichting Samen Zuid (demo)", WELZIJNSORGANISATIE, "07", "08"),
				OrgPlan.gemeenteWide("buurtteams", "Buurtteams Utrecht (demo)", WELZIJNSORGANISATIE),
				OrgPlan.gemeenteWide("bemiddeling", "Buurtbemiddeling Utrecht (demo)", WELZIJNSORGANISATIE),
				OrgPlan.inWijken("domstad", "Woonstichting Domstad (demo)", WONINGCORPORATIE, "01", "02", "03", "04", "05", "06"),
				OrgPlan.inWijken("vechtzoom", "Vechtzoom Wonen (demo)", WONINGCORPORATIE, "07", "08", "09", "10"),
				OrgPlan.gemeenteWide("wijkzorg", "Wijkzorg Domstad (demo)", ZORGAANBIEDER),
				OrgPlan.gemeenteWide("kwartier", "Kwartier GGZ Utrecht (demo)", ZORGAANBIEDER),
				OrgPlan.gemeenteWide("sport", "Sportief Utrecht (demo)", SPORTORGANISATIE),
				OrgPlan.inWijken("bewoners-overvecht", "Bewonersvereniging Overvecht (demo)", BEWONERSORGANISATIE, "03"),
				OrgPlan.inWijken("bewoners-kanaleneiland", "Bewonerscommissie Kanaleneiland (demo)", BEWONERSORGANISATIE, "08"),
				OrgPlan.inWijken("wijkraad-leidsche-rijn", "Wijkraad Leidsche Rijn (demo)", BEWONERSORGANISATIE, "09"),
				OrgPlan.inWijken("buurtvereniging-zuid", "Buurtvereniging Lunetten (demo)", BEWONERSORGANISATIE, "07"),
				OrgPlan.inWijken("speeltuin-noordwest", "Speeltuinvereniging De Klimboom (demo)", VERENIGING, "02"),
				OrgPlan.inWijken("tuinders-oost", "Tuindersvereniging Oost (demo)", VERENIGING, "05"),
				OrgPlan.inWijken("speeltuin-vleuten", "Speeltuinvereniging Vleuten (demo)", VERENIGING, "10"),
				OrgPlan.inWijken("buurtkeuken", "Buurtkeuken De Pan (demo)", SOCIAAL_ONDERNEMER, "05"),
				OrgPlan.inWijken("fietsenmakerij", "Fietsenmakerij Leerwerk Overvecht (demo)", SOCIAAL_ONDERNEMER, "03"));
		List<List<String>> allButOvervecht = List.of(List.of("01"), List.of("02"), List.of("04"), List.of("05"),
				List.of("06"), List.of("07"), List.of("08"), List.of("09"), List.of("10"));
		List<PostPlan> posts = List.of(PostPlan.of("wijkagent", Grouping.NORM, POLITIE_HERE).in(List.of(List.of("03", "08"))),
				// Overvecht: sociaal makelaar and welzijnswerker both work on loneliness, an overlap to show.
				PostPlan.of("sociaal-makelaar", Grouping.LISTED, WELZIJN).in(List.of(List.of("03"))).alwaysOn("eenzaamheid"),
				PostPlan.of("sociaal-makelaar", Grouping.LISTED, WELZIJN).in(allButOvervecht).onePer(30_000),
				PostPlan.of("welzijnswerker", Grouping.LISTED, WELZIJN).in(List.of(List.of("03"))).alwaysOn("eenzaamheid"),
				PostPlan.of("welzijnswerker", Grouping.LISTED, WELZIJN).in(allButOvervecht),
				PostPlan.of("opbouwwerker", Grouping.WIJKEN, WELZIJN),
				PostPlan.of("wijkregisseur", Grouping.WIJKEN, "gemeente").titled("Wijkadviseur"),
				PostPlan.of("wijkcoordinator", Grouping.WIJKEN, "gemeente").perWijken(2),
				PostPlan.of("participatiemakelaar", Grouping.LISTED, "gemeente")
					.in(List.of(List.of("01", "02", "03", "04", "05"), List.of("06", "08", "09", "10"))),
				PostPlan.of("ideeenmakelaar", Grouping.LISTED, "gemeente")
					.in(List.of(List.of("01", "02", "03", "04", "05", "06"), List.of("08", "09", "10"))),
				PostPlan.of("scharrelambtenaar", Grouping.LISTED, "gemeente").in(List.of(List.of("03", "04", "08"))),
				PostPlan.of("jongerenwerker", Grouping.WIJKEN, WELZIJN).onePer(25_000),
				PostPlan.of("buurtsportcoach", Grouping.WIJKEN, "sport").perWijken(2),
				PostPlan.of("wijkverpleegkundige", Grouping.WIJKEN, "wijkzorg").onePer(20_000),
				PostPlan.of("sociaal-wijkteam", Grouping.WIJKEN, "buurtteams").titled("Buurtteam"),
				PostPlan.of("buurtconcierge", Grouping.BUURTEN, CORPORATIE).in(List.of(List.of("03", "08"))),
				PostPlan.of("wijkbeheerder", Grouping.WIJKEN, CORPORATIE).titled("Woonconsulent"),
				PostPlan.of("kwartiermaker", Grouping.GEMEENTE, "kwartier"),
				PostPlan.of("buurtbemiddelaar", Grouping.GEMEENTE, "bemiddeling").titled("Buurtbemiddeling"));
		return new DemoGemeente(new AreaCode("GM0344"), false, Map.of(), organisations, posts, Set.of("07"),
				Map.of("03", 2, "08", 1), List.of(new int[] { 3450, 3455 }, new int[] { 3500, 3585 }),
				Vocabulary.CITY_LANGUAGES, Map.of("10", "Vleuten"));
	}

	private static final Map<String, String> STADSDELEN = Map.of("A", "Centrum", "B", "Westpoort", "E", "West", "F",
			"Nieuw-West", "K", "Zuid", "M", "Oost", "N", "Noord", "S", "Weesp", "T", "Zuidoost");

	static DemoGemeente amsterdam() {
		List<OrgPlan> organisations = new ArrayList<>();
		organisations.add(OrgPlan.gemeenteWide("gemeente", "Gemeente Amsterdam (demo)", GEMEENTE));
		organisations.add(OrgPlan.inDistricts("politie-E", "Politie basisteam Amsterdam-West (demo)", POLITIE, "B", "E"));
		organisations.add(OrgPlan.inDistricts("welzijn-E", "Buurtwerk Amsterdam West (demo)", WELZIJNSORGANISATIE, "B", "E"));
		for (String district : List.of("A", "F", "K", "M", "N", "S", "T")) {
			String name = STADSDELEN.get(district);
			organisations.add(OrgPlan.inDistricts("politie-" + district, "Politie basisteam Amsterdam-" + name + " (demo)",
					POLITIE, district));
			organisations.add(OrgPlan.inDistricts("welzijn-" + district,
					(district.equals("A") ? "Welzijn Binnenstad" : "Buurtwerk Amsterdam " + name) + " (demo)",
					WELZIJNSORGANISATIE, district));
		}
		organisations.addAll(List.of(OrgPlan.gemeenteWide("buurtteams", "Buurtteams Amsterdam (demo)", WELZIJNSORGANISATIE),
				OrgPlan.gemeenteWide("bemiddeling", "Buurtbemiddeling Amsterdam (demo)", WELZIJNSORGANISATIE),
				OrgPlan.inDistricts("grachtenhuis", "Woonstichting Grachtenhuis (demo)", WONINGCORPORATIE, "A", "E", "K"),
				OrgPlan.inDistricts("amstelwonen", "Amstelwonen (demo)", WONINGCORPORATIE, "B", "F", "S"),
				OrgPlan.inDistricts("huurhuis-ij", "Huurhuis IJ (demo)", WONINGCORPORATIE, "M", "N", "T"),
				OrgPlan.gemeenteWide("wijkzorg", "Wijkzorg Amstel (demo)", ZORGAANBIEDER),
				OrgPlan.gemeenteWide("kwartier", "Kwartier GGZ Amsterdam (demo)", ZORGAANBIEDER),
				OrgPlan.gemeenteWide("sport", "Beweeg Amsterdam (demo)", SPORTORGANISATIE),
				OrgPlan.inWijken("bewoners-geuzenveld", "Bewonersplatform Geuzenveld (demo)", BEWONERSORGANISATIE, "FB"),
				OrgPlan.inWijken("bewoners-h-buurt", "Bewonersorganisatie H-buurt (demo)", BEWONERSORGANISATIE, "TD"),
				OrgPlan.inWijken("bewoners-buikslotermeer", "Buurtplatform Buikslotermeer (demo)", BEWONERSORGANISATIE, "NH"),
				OrgPlan.inWijken("bewoners-jordaan", "Bewonersraad Jordaan (demo)", BEWONERSORGANISATIE, "AB"),
				OrgPlan.inWijken("bewoners-indische-buurt", "Bewonersplatform Indische Buurt (demo)", BEWONERSORGANISATIE, "MF", "MG"),
				OrgPlan.inWijken("bewoners-pijp", "Bewonerscommissie De Pijp (demo)", BEWONERSORGANISATIE, "KE", "KF"),
				OrgPlan.inWijken("speeltuin-staatslieden", "Speeltuinvereniging Staatslieden (demo)", VERENIGING, "EH"),
				OrgPlan.inWijken("tuinpark-middenmeer", "Tuinpark Middenmeer (demo)", VERENIGING, "MN"),
				OrgPlan.inWijken("speeltuin-gein", "Speeltuinvereniging Gein (demo)", VERENIGING, "TM"),
				OrgPlan.inWijken("buurtbedrijf-transvaal", "Buurtbedrijf Transvaal (demo)", SOCIAAL_ONDERNEMER, "MD"),
				OrgPlan.inWijken("wijkkeuken-osdorp", "Wijkkeuken Osdorp (demo)", SOCIAAL_ONDERNEMER, "FJ"),
				OrgPlan.inWijken("dorpsraad-driemond", "Dorpsraad Driemond (demo)", DORPSSTICHTING, "SA"),
				OrgPlan.inWijken("dorpen-waterland", "Stichting Dorpen Waterland (demo)", DORPSSTICHTING, "NQ")));
		List<PostPlan> posts = List.of(PostPlan.of("wijkagent", Grouping.NORM, POLITIE_HERE).titled("Buurtregisseur politie"),
				PostPlan.of("sociaal-makelaar", Grouping.WIJKEN, WELZIJN).perWijken(2),
				PostPlan.of("welzijnswerker", Grouping.WIJKEN, WELZIJN).perWijken(3),
				PostPlan.of("opbouwwerker", Grouping.WIJKEN, WELZIJN).perWijken(3).titled("Buurtopbouwwerker"),
				PostPlan.of("wijkregisseur", Grouping.WIJKEN, "gemeente").perWijken(4).titled("Gebiedsregisseur"),
				PostPlan.of("wijkcoordinator", Grouping.WIJKEN, "gemeente").perWijken(3),
				PostPlan.of("participatiemakelaar", Grouping.DISTRICT, "gemeente"),
				PostPlan.of("ideeenmakelaar", Grouping.DISTRICT, "gemeente").titled("Initiatievenmakelaar"),
				PostPlan.of("scharrelambtenaar", Grouping.GEMEENTE, "gemeente"),
				PostPlan.of("jongerenwerker", Grouping.WIJKEN, WELZIJN).perWijken(2),
				PostPlan.of("buurtsportcoach", Grouping.WIJKEN, "sport").perWijken(3),
				PostPlan.of("wijkverpleegkundige", Grouping.WIJKEN, "wijkzorg").perWijken(2),
				PostPlan.of("sociaal-wijkteam", Grouping.WIJKEN, "buurtteams").perWijken(3).titled("Buurtteam"),
				PostPlan.of("wijkbeheerder", Grouping.WIJKEN, CORPORATIE).perWijken(3),
				PostPlan.of("buurtconcierge", Grouping.BUURTEN, CORPORATIE).in(List.of(List.of("FB", "FK", "TD", "NH"))),
				// Villages inside the city: Driemond and the dikes of Waterland, never the city centre.
				PostPlan.of("dorpsondersteuner", Grouping.LISTED, "type:dorpsstichting").in(List.of(List.of("SA"), List.of("NQ"))),
				PostPlan.of("kwartiermaker", Grouping.GEMEENTE, "kwartier"),
				PostPlan.of("buurtbemiddelaar", Grouping.GEMEENTE, "bemiddeling").titled("Buurtbemiddeling"));
		return new DemoGemeente(new AreaCode("GM0363"), false, STADSDELEN, organisations, posts, Set.of(),
				Map.of("TD", 1, "FJ", 1, "EH", 1), List.of(new int[] { 1000, 1109 }, new int[] { 1380, 1384 }),
				Vocabulary.CITY_LANGUAGES,
				Map.of("SA", "Driemond", "SB", "Weesp", "SC", "Weesp", "SD", "Weesp", "SE", "Weesp"));
	}

	private static final List<String> VILLAGE_FOUNDATIONS = List.of("Dorpsbelangen %s", "Stichting Dorpshuis %s",
			"Vereniging Dorpsbelang %s", "Stichting Leefbaar %s");

	static DemoGemeente hetHogeland() {
		List<OrgPlan> organisations = new ArrayList<>(List.of(
				OrgPlan.gemeenteWide("gemeente", "Gemeente Het Hogeland (demo)", GEMEENTE),
				OrgPlan.gemeenteWide("politie", "Politie basisteam Noord-Groningen (demo)", POLITIE),
				OrgPlan.gemeenteWide("welzijn", "Welzijn Het Hogeland (demo)", WELZIJNSORGANISATIE),
				OrgPlan.gemeenteWide("wierde-wonen", "Wierde Wonen (demo)", WONINGCORPORATIE),
				OrgPlan.gemeenteWide("zorg", "Zorg op het Hogeland (demo)", ZORGAANBIEDER),
				OrgPlan.gemeenteWide("sport", "Sportief Hogeland (demo)", SPORTORGANISATIE),
				OrgPlan.inWijken("speeltuin-bedum", "Speeltuinvereniging Bedum (demo)", VERENIGING, "08"),
				OrgPlan.inWijken("muziek-uithuizen", "Muziekvereniging Wierdeklanken (demo)", VERENIGING, "12"),
				OrgPlan.inWijken("dorpscooperatie-usquert", "Dorpscoöperatie Usquert (demo)", SOCIAAL_ONDERNEMER, "11"),
				OrgPlan.inWijken("bewoners-bedum", "Bewonersvereniging Bedum-Noord (demo)", BEWONERSORGANISATIE, "08")));
		List<String> villages = List.of("Ulrum", "Leens", "Kloosterburen", "Oude Land", "Sauwerd", "Winsum", "Baflo",
				"Bedum", "Warffum", "Kantens", "Usquert", "Uithuizen", "Uithuizermeeden");
		for (int i = 0; i < villages.size(); i++) {
			String wijk = String.format("%02d", i + 1);
			organisations.add(OrgPlan.inWijken("dorp-" + wijk,
					VILLAGE_FOUNDATIONS.get(i % VILLAGE_FOUNDATIONS.size()).formatted(villages.get(i)) + " (demo)",
					DORPSSTICHTING, wijk));
		}
		List<String> west = List.of("01", "02", "03", "04", "05", "06", "07");
		List<String> east = List.of("08", "09", "10", "11", "12", "13");
		List<List<String>> thirds = List.of(List.of("01", "02", "03", "04"), List.of("05", "06", "07", "08"),
				List.of("09", "10", "11", "12", "13"));
		List<PostPlan> posts = List.of(
				PostPlan.of("dorpsondersteuner", Grouping.LISTED, "type:dorpsstichting")
					.in(List.of(List.of("01", "03"), List.of("02"), List.of("04"), List.of("05"), List.of("06"), List.of("07"),
							List.of("08"), List.of("09", "11"), List.of("10"), List.of("12"), List.of("13"))),
				PostPlan.of("gebiedsmakelaar", Grouping.LISTED, "gemeente")
					.in(List.of(west, List.of("08", "09", "10", "11", "12", "13", "14"))),
				PostPlan.of("wijkagent", Grouping.NORM, "politie").titled("Dorpsagent"),
				PostPlan.of("welzijnswerker", Grouping.LISTED, "welzijn").in(thirds),
				PostPlan.of("sociaal-makelaar", Grouping.LISTED, "welzijn").in(List.of(List.of("06", "08"))),
				PostPlan.of("opbouwwerker", Grouping.GEMEENTE, "welzijn"),
				PostPlan.of("participatiemakelaar", Grouping.GEMEENTE, "gemeente"),
				PostPlan.of("ideeenmakelaar", Grouping.GEMEENTE, "gemeente").titled("Initiatievenmakelaar"),
				PostPlan.of("buurtsportcoach", Grouping.LISTED, "sport").in(thirds),
				PostPlan.of("wijkverpleegkundige", Grouping.LISTED, "zorg")
					.in(List.of(List.of("01", "02", "03"), List.of("04", "05", "06", "07"), List.of("08", "09", "10"),
							List.of("11", "12", "13"))),
				PostPlan.of("sociaal-wijkteam", Grouping.LISTED, "gemeente").in(thirds).titled("Dorpsteam"),
				PostPlan.of("jongerenwerker", Grouping.LISTED, "welzijn").in(List.of(west, east)),
				PostPlan.of("wijkbeheerder", Grouping.LISTED, "wierde-wonen").in(List.of(west, east)),
				PostPlan.of("kwartiermaker", Grouping.GEMEENTE, "welzijn"),
				PostPlan.of("buurtbemiddelaar", Grouping.GEMEENTE, "welzijn").titled("Buurtbemiddeling"));
		return new DemoGemeente(new AreaCode("GM1966"), true, Map.of(), organisations, posts, Set.of(), Map.of("12", 1),
				List.of(new int[] { 9700, 9999 }), Vocabulary.RURAL_LANGUAGES,
				Map.of("04", "Pieterburen", "14", "Eemshaven"));
	}

}
