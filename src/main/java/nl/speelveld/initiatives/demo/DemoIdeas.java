package nl.speelveld.initiatives.demo;

import java.util.List;

/**
 * Ideas as residents bring them to an ideeënmakelaar, in their own words: the demo's initiatives are made
 * from these, so that every status shows something a visitor recognises.
 */
final class DemoIdeas {

	record Idea(String title, String summary, String goal, String activities, List<String> support,
			List<String> lines, List<Integer> amounts) {
	}

	static final List<Idea> ALL = List.of(
			new Idea("Moestuin achter de flat", "Op het grasveld achter onze flat willen we samen groente kweken.",
					"Meer groen en buren die elkaar leren kennen.", "Bakken bouwen, grond en zaden halen, elke zaterdag samen tuinieren.",
					List.of("money", "permits"), List.of("Hout voor zes bakken", "Grond en compost", "Zaden en gereedschap"),
					List.of(600, 250, 150)),
			new Idea("Buurtfeest in de zomer", "Een middag met muziek, eten uit alle keukens en spelletjes voor de kinderen.",
					"Dat buren die naast elkaar wonen elkaar eindelijk spreken.", "Straat afzetten, tafels lenen, iedereen neemt iets te eten mee.",
					List.of("money", "permits", "people"), List.of("Huur tent en tafels", "Springkussen", "Boodschappen"),
					List.of(450, 200, 150)),
			new Idea("Koffieochtend voor ouderen", "Elke woensdagochtend koffie en een praatje in het buurthuis.",
					"Minder eenzaamheid onder ouderen in de wijk.", "Zaal regelen, vrijwilligers voor koffie, ophalen wie slecht ter been is.",
					List.of("space", "people"), List.of("Koffie, thee en koek voor een jaar"), List.of(480)),
			new Idea("Geveltuintjes in onze straat", "Tegels eruit, planten erin: een groene straat waar het koeler blijft.",
					"Een groenere, koelere straat en minder wateroverlast.", "Samen tegels wippen, planten kiezen, afspraken over onderhoud.",
					List.of("money", "permits"), List.of("Planten en grond"), List.of(350)),
			new Idea("Taalcafé", "Een plek waar nieuwe buren Nederlands oefenen met buurtbewoners.",
					"Nieuwkomers doen beter mee in de buurt.", "Wekelijks gesprekstafels met vrijwilligers, één keer per maand samen koken.",
					List.of("space", "expertise", "people"), List.of("Lesmateriaal", "Ingrediënten kookavonden"), List.of(150, 300)),
			new Idea("Speelplek opknappen", "Het speelveldje bij de school is kapot en saai. Wij willen het samen opknappen.",
					"Kinderen spelen weer buiten, dichtbij huis.", "Met kinderen ontwerpen, klusdag met ouders, de gemeente plaatst nieuwe toestellen.",
					List.of("money", "expertise", "permits"), List.of("Verf en hout", "Klusdag: eten en drinken"), List.of(900, 200)),
			new Idea("Repaircafé", "Eens per maand repareren vrijwilligers kapotte spullen van buren.",
					"Minder weggooien en mensen die elkaar helpen.", "Ruimte vinden, gereedschap verzamelen, reparateurs werven.",
					List.of("space", "money", "people"), List.of("Gereedschap", "Onderdelen en soldeermateriaal"), List.of(400, 150)),
			new Idea("Buurtbibliotheekje", "Een kastje bij het plein waar iedereen boeken ruilt.",
					"Lezen dichtbij huis en een reden om even te blijven staan.", "Kastje bouwen, plek kiezen met de gemeente, boeken inzamelen.",
					List.of("money", "permits"), List.of("Materiaal voor het kastje"), List.of(250)),
			new Idea("Wandelgroep voor iedereen", "Elke dinsdag een rustige wandeling door de wijk, daarna koffie.",
					"Meer bewegen en nieuwe contacten.", "Routes uitzetten, vrijwillige begeleiders, flyers in de buurt.",
					List.of("people", "expertise"), List.of("Flyers"), List.of(80)));

	private DemoIdeas() {
	}

}
