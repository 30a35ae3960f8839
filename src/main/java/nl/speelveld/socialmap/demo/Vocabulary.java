package nl.speelveld.socialmap.demo;

import java.util.List;
import java.util.Map;

import nl.speelveld.accounts.OrganisationType;
import org.jspecify.annotations.Nullable;

/**
 * The words the generators build rows from. Every person is made up and looks it: ordinary first names with
 * surnames such as Voorbeeld or Verzonnen; streets are made up too. Only organisation types, role types and
 * areas are real.
 */
final class Vocabulary {

	private Vocabulary() {
	}

	static final List<String> FIRST_NAMES = List.of("Anna", "Bram", "Chantal", "Daan", "Esra", "Fatima", "Gerrit",
			"Hanneke", "Ilse", "Jeroen", "Karim", "Lotte", "Mohammed", "Noor", "Olga", "Pieter", "Roos", "Sanne", "Tim",
			"Yusuf", "Wendy", "Ahmet", "Bas", "Carla", "Dewi", "Emre", "Femke", "Gijs", "Hatice", "Iris", "Joost",
			"Kees", "Linda", "Marco", "Nadia", "Ozan", "Priya", "Ruud", "Sevda", "Thijs", "Vera", "Willem", "Youssef",
			"Zeynep", "Marieke", "Henk", "Anouk", "Sjoerd", "Grietje", "Jelle");

	static final List<String> SURNAMES = List.of("Voorbeeld", "Verzonnen", "de Proef", "Fictief", "van Denkbeeld",
			"Bedacht", "Probeersel", "van Nergenshuizen", "Oefenaar", "de Schets", "Zomaar", "van Proefstede",
			"Verzinsel", "Fantasie", "Naamloos", "Verdichtsel");

	static final List<String> STREETS = List.of("Voorbeeldstraat", "Proefweg", "Demoplein", "Verzonnenlaan",
			"Schetsstraat", "Ontwerphof", "Denkbeeldsingel", "Fictieplein", "Oefenweg", "Probeerlaan",
			"Zomaarstraat", "Bedachtkade");

	static final List<String> WORKING_HOURS = List.of("ma, di en do 9-17 uur", "ma t/m vr 9-17 uur",
			"di, wo en vr 8.30-16.30 uur", "ma en do 9-17 uur, wo 9-12.30 uur",
			"di en do 9-17 uur; inloopspreekuur wo 13-15 uur", "ma t/m do 9-16 uur", "wo, do en vr 9-17 uur",
			"ma, wo en vr 9-15 uur");

	/** Working hours that belong to the job rather than to an office. */
	static final Map<String, String> ROLE_HOURS = Map.of("wijkagent",
			"wisselende diensten, ook 's avonds en in het weekend; bij spoed 112", "jongerenwerker",
			"di t/m za, ook 's avonds tot 22 uur", "wijkverpleegkundige",
			"dagelijks 8-17 uur; 's avonds en 's nachts via de zorgcentrale", "buurtbemiddelaar",
			"aanmelden ma t/m vr 9-17 uur; de bemiddelaars komen op afspraak, ook 's avonds", "dorpsondersteuner",
			"ma, wo en do 9-15 uur in het dorpshuis, verder op afspraak", "buurtconcierge",
			"ma t/m vr 8-16 uur op straat in de buurt");

	/** Roles whose posts are held by a team, not by one named person. */
	static final List<String> TEAM_ROLES = List.of("sociaal-wijkteam", "buurtbemiddelaar");

	static final List<String> CITY_LANGUAGES = List.of("en", "tr", "ar", "pl", "ber", "pap", "es", "so");

	static final List<String> RURAL_LANGUAGES = List.of("gos", "de", "en");

	/** A kind of place; {@code owner} is the type of organisation that usually runs it, if any does. */
	record PlaceKind(String code, String label, List<String> names, String description, List<String> openingHours,
			@Nullable OrganisationType owner) {
	}

	static final Map<String, PlaceKind> PLACE_KINDS = Map.of(
			"buurthuis", new PlaceKind("buurthuis", "Buurthuis",
					List.of("De Klimop", "Het Anker", "De Boog", "De Schakel", "Het Trefpunt", "De Wissel", "De Linde",
							"De Brug"),
					"Ontmoetingsplek voor de buurt: koffie-inloop, cursussen, spreekuren en ruimte voor bewonersinitiatieven.",
					List.of("ma t/m vr 9-22 uur, za 10-16 uur", "ma t/m do 9-17 uur en 19-22 uur, vr 9-17 uur"),
					OrganisationType.WELZIJNSORGANISATIE),
			"dorpshuis", new PlaceKind("dorpshuis", "Dorpshuis",
					List.of("De Wierde", "Ons Huis", "De Kolk", "Het Karspel", "De Terp", "De Til"),
					"Het hart van het dorp: verenigingen, repetities, vergaderingen, feesten en het spreekuur van de dorpsondersteuner.",
					List.of("ma t/m za 9-23 uur", "di t/m vr 9-17 uur, 's avonds als er activiteiten zijn"),
					OrganisationType.DORPSSTICHTING),
			"bibliotheek", new PlaceKind("bibliotheek", "Bibliotheek",
					List.of("Leeshuis", "De Boekenhoek", "Leespunt"),
					"Boeken lenen, digitale hulp en het Informatiepunt Digitale Overheid.",
					List.of("di t/m za 10-17 uur, do tot 20 uur", "ma t/m vr 10-18 uur, za 10-14 uur"), null),
			"sporthal", new PlaceKind("sporthal", "Sporthal",
					List.of("De Sprong", "Het Veld", "De Smash", "De Dribbel"),
					"Sporthal voor verenigingen, schoolsport en de beweegactiviteiten van de buurtsportcoach.",
					List.of("ma t/m vr 8-23 uur, za en zo 9-18 uur"), OrganisationType.SPORTORGANISATIE),
			"speeltuin", new PlaceKind("speeltuin", "Speeltuin",
					List.of("De Klimboom", "Het Zonnetje", "De Glijbaan", "Kindervreugd", "De Zandbak"),
					"Speeltuin met toestellen voor jonge kinderen, beheerd door vrijwilligers uit de buurt.",
					List.of("dagelijks van zonsopgang tot zonsondergang", "apr t/m okt: wo, za en zo 13-17 uur"),
					OrganisationType.VERENIGING),
			"moestuin", new PlaceKind("moestuin", "Buurtmoestuin",
					List.of("De Groene Hoek", "Pluk", "De Wortel", "Het Tuintje"),
					"Gezamenlijke moestuin: samen tuinieren, oogsten en delen. Nieuwe tuinders zijn welkom.",
					List.of("altijd open; tuinochtend za 10-12 uur", "apr t/m okt: di en za 10-13 uur"),
					OrganisationType.BEWONERSORGANISATIE),
			"jongerencentrum", new PlaceKind("jongerencentrum", "Jongerencentrum",
					List.of("De Plek", "The Spot", "Het Honk"),
					"Plek voor jongeren van 12 tot 23 jaar: inloop, muziek, sport en hulp bij school en werk.",
					List.of("di t/m za 14-22 uur"), OrganisationType.WELZIJNSORGANISATIE),
			"gezondheidscentrum", new PlaceKind("gezondheidscentrum", "Gezondheidscentrum",
					List.of("De Hoeksteen", "Het Kruispunt", "De Horizon"),
					"Huisartsen, fysiotherapie, wijkverpleging en het spreekuur van het wijkteam onder één dak.",
					List.of("ma t/m vr 8-17 uur"), OrganisationType.ZORGAANBIEDER));

	record Access(String text, Boolean wheelchair) {
	}

	static final List<Access> ACCESS = List.of(
			new Access("Gelijkvloers, invalidentoilet en ringleiding in de grote zaal.", true),
			new Access("Lift naar de eerste verdieping, invalidenparkeerplaats voor de deur.", true),
			new Access("Brede deuren en een invalidentoilet; prikkelarme ruimte op aanvraag.", true),
			new Access("Drempel bij de ingang, een oprijplaat is aanwezig; geen invalidentoilet.", false),
			new Access("Alleen bereikbaar via een trap; hulp op afspraak.", false));

	static final Map<String, Access> OUTDOOR_ACCESS = Map.of("speeltuin",
			new Access("Verhard pad; een deel van de speeltoestellen is geschikt voor kinderen in een rolstoel.", true),
			"moestuin", new Access("Verhard pad naar de tuin en verhoogde plantenbakken voor wie niet kan bukken.", true));

	record ServiceTemplate(String name, String description, String audience, List<String> focus) {
	}

	static final Map<OrganisationType, List<ServiceTemplate>> SERVICES = Map.of(
			OrganisationType.WELZIJNSORGANISATIE, List.of(
					new ServiceTemplate("Maatjesproject", "Een vrijwilliger die regelmatig langskomt voor een praatje, een wandeling of samen boodschappen doen.", "Volwassenen die zich eenzaam voelen", List.of("eenzaamheid", "ontmoeting", "vrijwilligerswerk")),
					new ServiceTemplate("Formulierenhulp", "Hulp bij brieven, toeslagen en formulieren, zonder afspraak.", "Iedereen die hulp wil bij post en papieren", List.of("armoede-en-schulden")),
					new ServiceTemplate("Koffie-inloop", "Elke week koffie en thee, gewoon om buren te ontmoeten.", "Iedereen uit de buurt", List.of("ontmoeting", "eenzaamheid")),
					new ServiceTemplate("Mantelzorgsteunpunt", "Advies, lotgenotencontact en respijtzorg voor mantelzorgers.", "Mantelzorgers van alle leeftijden", List.of("mantelzorg", "zorg-en-ondersteuning")),
					new ServiceTemplate("Vrijwilligerspunt", "Vrijwilligerswerk zoeken of vrijwilligers vinden voor een initiatief.", "Bewoners en initiatiefnemers", List.of("vrijwilligerswerk", "bewonersinitiatieven"))),
			OrganisationType.GEMEENTE, List.of(
					new ServiceTemplate("Initiatievenfonds", "Geld en hulp voor ideeën van bewoners die de buurt beter maken.", "Bewoners met een idee voor de buurt", List.of("bewonersinitiatieven", "regels-en-subsidies")),
					new ServiceTemplate("Meldingen openbare ruimte", "Kapotte lantaarnpalen, losliggende tegels of zwerfafval melden.", "Iedereen", List.of("openbare-ruimte")),
					new ServiceTemplate("Buurtbudget", "Bewoners beslissen samen waar een deel van het geld voor de buurt aan wordt besteed.", "Alle bewoners vanaf 16 jaar", List.of("buurtbudget", "inspraak"))),
			OrganisationType.POLITIE, List.of(
					new ServiceTemplate("Spreekuur wijkagent", "Vragen en zorgen over veiligheid of overlast bespreken met de wijkagent.", "Iedereen uit de wijk", List.of("veiligheid", "overlast"))),
			OrganisationType.WONINGCORPORATIE, List.of(
					new ServiceTemplate("Huurdersspreekuur", "Vragen over huur, reparaties en verhuizen.", "Huurders van de corporatie", List.of("wonen-en-huren")),
					new ServiceTemplate("Hulp bij overlast", "Samen met buren en partners overlast in en rond huurwoningen aanpakken.", "Huurders en hun buren", List.of("overlast", "burenconflicten"))),
			OrganisationType.ZORGAANBIEDER, List.of(
					new ServiceTemplate("Wijkverpleging", "Verpleging en verzorging thuis; de wijkverpleegkundige kijkt wat nodig is.", "Mensen die thuis zorg nodig hebben", List.of("zorg-en-ondersteuning", "mantelzorg")),
					new ServiceTemplate("Inloop voor iedereen", "Een open huiskamer waar mensen met en zonder psychische kwetsbaarheid elkaar ontmoeten.", "Iedereen, ook wie het even moeilijk heeft", List.of("inclusie", "ontmoeting"))),
			OrganisationType.SPORTORGANISATIE, List.of(
					new ServiceTemplate("Beweegmaatje", "Samen wandelen, fietsen of sporten met een vrijwilliger.", "Volwassenen en ouderen die meer willen bewegen", List.of("sport-en-bewegen", "inclusie")),
					new ServiceTemplate("Sportinstuif", "Gratis sporten op woensdagmiddag, zonder lidmaatschap.", "Kinderen van 6 tot 12 jaar", List.of("sport-en-bewegen", "jeugd"))),
			OrganisationType.DORPSSTICHTING, List.of(
					new ServiceTemplate("Vervoersdienst", "Vrijwilligers rijden dorpsgenoten naar het ziekenhuis, de huisarts of familie.", "Dorpsgenoten zonder eigen vervoer", List.of("praktische-hulp", "mantelzorg")),
					new ServiceTemplate("Boodschappendienst", "Boodschappen laten bezorgen door een dorpsgenoot.", "Ouderen en zieken in het dorp", List.of("praktische-hulp")),
					new ServiceTemplate("Dorpsvisie", "Samen met het dorp werken aan plannen voor de komende tien jaar.", "Alle dorpsbewoners", List.of("dorpsvisie", "leefbaarheid-dorp"))),
			OrganisationType.BEWONERSORGANISATIE, List.of(
					new ServiceTemplate("Bewonersoverleg", "Maandelijks overleg over wat er speelt in de buurt, open voor iedereen.", "Alle bewoners", List.of("zelforganisatie", "belangenbehartiging")),
					new ServiceTemplate("Buurtkrant", "Buurtnieuws maken en verspreiden, met vrijwillige schrijvers en bezorgers.", "Bewoners die willen meeschrijven", List.of("ontmoeting", "vrijwilligerswerk"))),
			OrganisationType.VERENIGING, List.of(
					new ServiceTemplate("Open speeltuinmiddag", "Speeltuin open met limonade en spelletjes, begeleid door vrijwilligers.", "Kinderen tot 12 jaar en hun ouders", List.of("jeugd", "ontmoeting"))),
			OrganisationType.SOCIAAL_ONDERNEMER, List.of(
					new ServiceTemplate("Buurtmaaltijd", "Elke donderdag samen eten voor een kleine bijdrage.", "Iedereen, vooral wie vaak alleen eet", List.of("ontmoeting", "eenzaamheid")),
					new ServiceTemplate("Werkervaringsplek", "Werkervaring opdoen in de buurtkeuken of fietsenmakerij.", "Mensen met afstand tot werk", List.of("inclusie", "vrijwilligerswerk"))));


	/** Services of organisations whose work is narrower than their type: by the key of their plan. */
	static final Map<String, List<ServiceTemplate>> SERVICES_BY_KEY = Map.of(
			"bemiddeling", List.of(new ServiceTemplate("Buurtbemiddeling", "Getrainde vrijwilligers helpen buren om samen een conflict op te lossen, onpartijdig en gratis.", "Buren met een conflict over geluid, kinderen, huisdieren of de tuin", List.of("burenconflicten", "overlast"))),
			"buurtteams", List.of(new ServiceTemplate("Hulp van het buurtteam", "Gratis hulp bij geldzorgen, opvoeden, zorg thuis of als alles tegelijk komt.", "Alle inwoners, jong en oud", List.of("armoede-en-schulden", "zorg-en-ondersteuning", "jeugd"))),
			"kwartier", List.of(SERVICES.get(OrganisationType.ZORGAANBIEDER).get(1)),
			"wijkzorg", List.of(SERVICES.get(OrganisationType.ZORGAANBIEDER).get(0)));
}
