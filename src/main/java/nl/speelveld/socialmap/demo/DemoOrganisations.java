package nl.speelveld.socialmap.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.speelveld.accounts.OrganisationType;

/** The organisations of one gemeente's demo playing field, with an office address in their first wijk. */
final class DemoOrganisations {

	private static final Map<OrganisationType, String> DESCRIPTIONS = Map.of(OrganisationType.GEMEENTE,
			"De gemeente: wijkregie, participatie, subsidies en de openbare ruimte.", OrganisationType.POLITIE,
			"Basisteam van de politie met de wijkagenten van het gebied.", OrganisationType.WELZIJNSORGANISATIE,
			"Welzijnswerk: ontmoeting, ondersteuning, vrijwilligerswerk en opbouwwerk.", OrganisationType.WONINGCORPORATIE,
			"Woningcorporatie met sociale huurwoningen in het gebied.", OrganisationType.ZORGAANBIEDER,
			"Zorg en ondersteuning thuis en in de wijk.", OrganisationType.DORPSSTICHTING,
			"Stichting van en voor het dorp: dorpshuis, vrijwilligers en de dorpsondersteuner.",
			OrganisationType.SPORTORGANISATIE, "Sport en bewegen voor iedereen, met de buurtsportcoaches.",
			OrganisationType.SOCIAAL_ONDERNEMER, "Sociale onderneming met werkervaringsplekken en activiteiten in de buurt.",
			OrganisationType.BEWONERSORGANISATIE, "Bewoners die samen opkomen voor hun buurt.", OrganisationType.VERENIGING,
			"Vereniging van vrijwilligers uit de buurt.");

	private DemoOrganisations() {
	}

	static void add(GemeenteContext gemeente) {
		for (DemoGemeente.OrgPlan plan : gemeente.plan.organisations()) {
			List<String> wijken = wijkenOf(gemeente, plan);
			List<String> areas = wijken.isEmpty() ? List.of(gemeente.plan.code().value())
					: wijken.stream().map(suffix -> gemeente.wijk(suffix).code().value()).toList();
			WijkFacts office = wijken.isEmpty() ? gemeente.inhabited().get(0) : gemeente.wijk(wijken.get(0));
			var address = gemeente.address(office);
			String slug = Draw.slug(plan.name());
			var row = new SocialMapData.Organisation(gemeente.draw.id("organisation", plan.key()), plan.name(),
					plan.type().key(), DESCRIPTIONS.get(plan.type()), "https://example.org/" + slug,
					"info@" + slug + ".example.org", "0900-0000" + gemeente.draw.between(100, 999), address.street(),
					address.postcode().isEmpty() ? null : address.postcode(), address.city(),
					gemeente.draw.lastConfirmed(), areas);
			gemeente.rows.organisations.add(row);
			gemeente.employers.put(plan.key(), new GemeenteContext.Employer(row, plan.type(), wijken));
		}
	}

	private static List<String> wijkenOf(GemeenteContext gemeente, DemoGemeente.OrgPlan plan) {
		List<String> wijken = new ArrayList<>(plan.wijken());
		for (String district : plan.districts()) {
			gemeente.wijken.stream()
				.filter(wijk -> gemeente.plan.district(wijk.suffix()).equals(district))
				.forEach(wijk -> wijken.add(wijk.suffix()));
		}
		return List.copyOf(wijken);
	}

}
