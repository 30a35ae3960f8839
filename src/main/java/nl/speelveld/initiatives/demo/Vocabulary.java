package nl.speelveld.initiatives.demo;

import java.util.List;

/** What residents' initiatives are about, as they name and describe them: a small vocabulary for titles. */
final class Vocabulary {

	/** A kind of initiative: title patterns (%s is the place), a first line, a goal, and the support it tends to ask. */
	record Idea(List<String> titles, String summary, String goal, List<String> support) {
	}

	static final List<Idea> IDEAS = List.of(
			new Idea(List.of("Buurtmoestuin in %s", "Moestuin op het veldje in %s", "Samen tuinieren in %s"),
					"Op een leeg stuk grond willen we samen groente en kruiden kweken.",
					"Buren leren elkaar kennen en eten samen van de oogst.", List.of("space", "money")),
			new Idea(List.of("Speeltuin opknappen in %s", "Nieuwe speeltoestellen voor %s"),
					"De speeltuin is oud en saai. Met ouders en kinderen maken we er weer iets moois van.",
					"Kinderen spelen veilig buiten, ouders ontmoeten elkaar.", List.of("money", "permits")),
			new Idea(List.of("Buurtfeest %s", "Zomerfeest in %s", "Straatfeest in %s"),
					"Eén dag per jaar gaat de straat dicht en vieren we samen feest.",
					"Nieuwe en oude bewoners leren elkaar kennen.", List.of("permits", "money", "people")),
			new Idea(List.of("Repair café %s", "Samen repareren in %s"),
					"Elke maand repareren vrijwilligers kapotte spullen, met koffie erbij.",
					"Minder afval en meer contact tussen buren.", List.of("space", "people")),
			new Idea(List.of("Geveltuinen in %s", "Groene gevels in %s"),
					"We halen tegels weg en planten bloemen langs de gevels.",
					"Een groenere straat die koeler blijft in de zomer.", List.of("permits", "expertise")),
			new Idea(List.of("Eettafel voor ouderen in %s", "Samen eten in %s"),
					"Elke week koken buren een maaltijd voor ouderen die alleen wonen.",
					"Minder eenzaamheid bij ouderen in de buurt.", List.of("space", "money", "people")),
			new Idea(List.of("Huiswerkklas in %s", "Huiswerkhulp voor kinderen in %s"),
					"Studenten en gepensioneerden helpen kinderen met hun huiswerk.",
					"Kinderen halen betere cijfers en hebben een plek om te leren.", List.of("space", "people")),
			new Idea(List.of("Zwerfafval opruimen in %s", "Schone straten in %s"),
					"Eén keer per maand lopen we met grijpers en zakken door de buurt.",
					"Een schonere buurt waar bewoners zich samen verantwoordelijk voelen.", List.of("money", "people")),
			new Idea(List.of("Bankjes op het plein in %s", "Een ontmoetingsplek in %s"),
					"Er is nergens een plek om even te zitten. We willen bankjes en een picknicktafel.",
					"Buren maken vaker een praatje.", List.of("money", "permits")),
			new Idea(List.of("Wandelgroep %s", "Samen bewegen in %s"),
					"Elke dinsdag wandelen we een uur door de wijk, in ieders tempo.",
					"Meer bewegen en nieuwe contacten.", List.of("people")),
			new Idea(List.of("Taalcafé in %s", "Nederlands oefenen in %s"),
					"Nieuwe Nederlanders en buren praten samen Nederlands bij een kop thee.",
					"Beter Nederlands en meer contact in de buurt.", List.of("space", "people")),
			new Idea(List.of("Minibieb in %s", "Boekenkastje in %s"),
					"Een kastje met boeken waar iedereen er een mag pakken of brengen.",
					"Lezen en ontmoeten in de straat.", List.of("money")),
			new Idea(List.of("Muurschildering in %s", "Kunst op de muur in %s"),
					"Samen met jongeren maken we een schildering op een kale muur.",
					"Jongeren doen mee en de buurt wordt mooier.", List.of("money", "permits", "expertise")),
			new Idea(List.of("Voedselbos in %s", "Fruitbomen in %s"),
					"We planten fruitbomen en struiken waar iedereen van mag plukken.",
					"Meer groen en een plek om samen te oogsten.", List.of("space", "expertise", "permits")),
			new Idea(List.of("Jongerenavond in %s", "Een plek voor jongeren in %s"),
					"Jongeren willen een vaste avond met muziek, sport en spel.",
					"Jongeren hebben een eigen plek en minder overlast op straat.", List.of("space", "people", "money")),
			new Idea(List.of("Beweegtuin in %s", "Fitness in het park in %s"),
					"Buiten sporttoestellen voor jong en oud, met een wekelijkse les.",
					"Gezonder leven, samen en gratis.", List.of("money", "permits")),
			new Idea(List.of("Burenhulp %s", "Klussendienst in %s"),
					"Buren helpen elkaar met kleine klussen, zoals een lamp ophangen of boodschappen doen.",
					"Niemand in de buurt hoeft er alleen voor te staan.", List.of("people", "expertise")),
			new Idea(List.of("Kerstmarkt in %s", "Winterfeest in %s"),
					"Een kleine markt met kraampjes van bewoners en muziek op het plein.",
					"Gezelligheid en ontmoeting in de donkere maanden.", List.of("permits", "money", "people")));

	static final List<String> GROUPS = List.of("Bewoners van de %s", "Buurtgroep %s", "Werkgroep %s",
			"De buren van de %s", "Stichting Samen %s");

	static final List<String> STREETS = List.of("Lindelaan", "Kastanjestraat", "Molenweg", "Schoolstraat", "Dorpsstraat",
			"Beukenlaan", "Kerkplein", "Julianastraat", "Parkweg", "Vogelbuurt", "Bloemstraat", "Havenkade", "Esdoornhof",
			"Merelstraat", "Zwanenlaan");

	private Vocabulary() {
	}

}
