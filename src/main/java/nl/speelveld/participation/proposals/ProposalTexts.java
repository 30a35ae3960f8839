package nl.speelveld.participation.proposals;

import java.util.List;
import java.util.Random;

/**
 * Realistic Dutch proposals for demo and benchmark data, about the street, green, play, traffic and places
 * to meet, with the answers an owner could give. A title may name a street ({@code %s}).
 */
final class ProposalTexts {

	record Idea(String title, String body) {
	}

	static final List<String> STREETS = List.of("Zwaluwstraat", "Lindelaan", "Kerkpad", "Molenweg", "Beukenhof",
			"Schoolstraat", "Parkweg", "Dorpsstraat", "Havenkade", "Kastanjeplein", "Esdoornlaan", "Oude Markt");

	static final List<String> NAMES = List.of("Fatima", "Jan de Vries", "Buurvrouw Els", "Mohammed", "Sanne B.",
			"Pieter", "Bewoners van de hoek", "Ayse", "Kees en Joke", "Noor", "Familie Bakker", "Wijkbewoner Tom",
			"Lotte", "Ahmed", "Marja", "Anoniem");

	static final List<Idea> IDEAS = List.of(
			new Idea("Bankjes langs de %s", "Ouderen lopen graag een rondje, maar er is nergens een plek om even te zitten. "
					+ "Met twee of drie bankjes kunnen ze verder lopen en maken buren een praatje."),
			new Idea("Geveltuintjes in de %s", "De straat is grijs en stenig. Laat bewoners een tegel eruit halen voor een "
					+ "geveltuin. Dat is mooi, goed voor bijen en het water zakt beter weg bij een bui."),
			new Idea("Meer bomen op het %s", "In de zomer is het hier erg heet. Bomen geven schaduw en koelte. "
					+ "Bewoners willen helpen met water geven in het eerste jaar."),
			new Idea("Een moestuin bij de %s", "Op het grasveld achter de flats kan een buurtmoestuin komen. "
					+ "Kinderen leren waar groente vandaan komt en buren doen samen iets."),
			new Idea("Speeltoestellen voor peuters bij de %s", "De speeltuin heeft alleen toestellen voor grote kinderen. "
					+ "Voor de kleintjes is er niets. Een zandbak en een kleine glijbaan zouden al veel helpen."),
			new Idea("Een pannaveldje in de wijk", "Jongeren hangen nu op straat rond en trappen tegen de auto's. "
					+ "Met een pannaveldje hebben ze een eigen plek om te voetballen."),
			new Idea("Een veilige oversteek bij de %s", "Kinderen steken hier over naar school, maar auto's rijden hard. "
					+ "Een zebrapad of een drempel maakt de oversteek veiliger."),
			new Idea("Minder hard rijden in de %s", "Veel auto's rijden hier veel te hard. Maak er een 30-kilometerstraat van "
					+ "met drempels of bloembakken, zodat de straat weer van de bewoners is."),
			new Idea("Fietsenrekken bij de %s", "Fietsen staan overal op de stoep. Met rekken blijft de stoep vrij voor "
					+ "rolstoelen en kinderwagens."),
			new Idea("Betere verlichting in het %s", "Het pad is 's avonds donker en mensen voelen zich er niet veilig. "
					+ "Meer lantaarnpalen zouden helpen."),
			new Idea("Een buurtkamer in de oude school", "Er is geen plek waar buren elkaar binnen kunnen ontmoeten. "
					+ "Het lege schoolgebouw kan een buurtkamer worden voor koffie, les en spelletjes."),
			new Idea("Een jeu-de-boulesbaan bij de %s", "Een boulesbaan is goedkoop en brengt jong en oud samen. "
					+ "Bewoners willen hem zelf bijhouden."),
			new Idea("Een openbare toiletvoorziening op het plein", "Ouderen en ouders met kleine kinderen blijven nu "
					+ "thuis omdat er geen toilet in de buurt is."),
			new Idea("Afvalbakken en een opruimdag in de %s", "Er ligt veel zwerfafval. Meer afvalbakken en een "
					+ "opruimdag per maand maken de buurt schoner."),
			new Idea("Een watertappunt in het park", "In de zomer zijn er veel sporters en kinderen in het park. "
					+ "Een watertappunt is gezond en scheelt plastic flesjes."),
			new Idea("Een ontmoetingsbank bij de %s", "Een bank waar je gaat zitten als je zin hebt in een praatje. "
					+ "Goed tegen eenzaamheid."),
			new Idea("Een speelstraat op woensdagmiddag in de %s", "Zet de straat op woensdagmiddag af voor auto's, "
					+ "zodat kinderen veilig buiten kunnen spelen."),
			new Idea("Een bloemenweide in plaats van gras bij de %s", "Het gras wordt vaak gemaaid en is saai. "
					+ "Een bloemenweide is mooi, goed voor insecten en kost minder onderhoud."));

	static final List<String> ADOPTED = List.of("Dit past in het plan voor de buitenruimte. We voeren het dit jaar uit.",
			"Veel buren steunen dit en het kan binnen het budget. De uitvoering start na de zomer.");

	static final List<String> PARTLY = List.of("Een deel kan: we beginnen op de plek waar het het meest nodig is. "
			+ "De rest nemen we mee bij groot onderhoud.",
			"We doen het in een kleinere vorm, omdat het budget niet voor alles genoeg is.");

	static final List<String> NOT_ADOPTED = List.of("Onder de grond liggen kabels en leidingen, daarom kan het hier niet. "
			+ "We zoeken samen met de indiener naar een andere plek.",
			"Dit kost meer dan het budget van dit traject. We bewaren het idee voor later.");

	static final List<String> COUNCIL = List.of("De gemeenteraad heeft hierover besloten in het nieuwe verkeersplan.",
			"Dit voorstel is onderdeel geworden van het groenplan dat de raad heeft vastgesteld.");

	private ProposalTexts() {
	}

	static <T> T any(Random random, List<T> from) {
		return from.get(random.nextInt(from.size()));
	}

	/** An idea, its title with a street in it. */
	static Idea idea(Random random) {
		Idea idea = any(random, IDEAS);
		String title = idea.title().contains("%s") ? idea.title().formatted(any(random, STREETS)) : idea.title();
		return new Idea(title, idea.body());
	}

	static String reason(Random random, Outcome outcome) {
		return any(random, switch (outcome) {
			case ADOPTED -> ADOPTED;
			case PARTLY -> PARTLY;
			case NOT_ADOPTED -> NOT_ADOPTED;
			case COUNCIL -> COUNCIL;
		});
	}

}
