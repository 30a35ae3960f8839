package nl.speelveld.socialmap.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.socialmap.Organisation;

/** The form for an organisation on the social map: what it is, where it works and how to reach it. */
public record OrganisationEntryForm(String naam, String soort, String beschrijving, List<String> gebied, String gebieden,
		String website, String email, String telefoon, String straat, String postcode, String plaats) {

	public OrganisationEntryForm {
		naam = PostForm.orEmpty(naam);
		soort = PostForm.orEmpty(soort);
		beschrijving = PostForm.orEmpty(beschrijving);
		gebied = gebied == null ? List.of() : List.copyOf(gebied);
		gebieden = PostForm.orEmpty(gebieden);
		website = PostForm.orEmpty(website);
		email = PostForm.orEmpty(email);
		telefoon = PostForm.orEmpty(telefoon);
		straat = PostForm.orEmpty(straat);
		postcode = PostForm.orEmpty(postcode);
		plaats = PostForm.orEmpty(plaats);
	}

	public static OrganisationEntryForm empty() {
		return new OrganisationEntryForm("", "", "", List.of(), "", "", "", "", "", "", "");
	}

	public static OrganisationEntryForm of(Organisation organisation) {
		return new OrganisationEntryForm(organisation.name(), organisation.type(), organisation.description(),
				organisation.areas().stream().map(AreaCode::value).toList(), "", PostForm.orEmpty(organisation.website()),
				PostForm.orEmpty(organisation.contact().email()), PostForm.orEmpty(organisation.contact().phone()),
				PostForm.orEmpty(organisation.address().street()), PostForm.orEmpty(organisation.address().postcode()),
				PostForm.orEmpty(organisation.address().city()));
	}

	public List<String> allAreas() {
		List<String> all = new ArrayList<>(this.gebied);
		all.add(this.gebieden);
		return all;
	}

	public String typedAreas(Collection<String> offered) {
		String chosen = this.gebied.stream().filter(code -> !offered.contains(code)).collect(Collectors.joining(" "));
		return (chosen + " " + this.gebieden).strip();
	}

}
