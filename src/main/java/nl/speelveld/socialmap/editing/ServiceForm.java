package nl.speelveld.socialmap.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.speelveld.areas.AreaCode;

/** The form for a service: what an organisation offers, for whom, on which themes, where, and how to reach it. */
public record ServiceForm(String organisatie, String naam, String beschrijving, String voorwie, List<String> themas,
		String website, String email, String telefoon, List<String> gebied, String gebieden, List<String> plekken) {

	public ServiceForm {
		organisatie = PostForm.orEmpty(organisatie);
		naam = PostForm.orEmpty(naam);
		beschrijving = PostForm.orEmpty(beschrijving);
		voorwie = PostForm.orEmpty(voorwie);
		themas = themas == null ? List.of() : List.copyOf(themas);
		website = PostForm.orEmpty(website);
		email = PostForm.orEmpty(email);
		telefoon = PostForm.orEmpty(telefoon);
		gebied = gebied == null ? List.of() : List.copyOf(gebied);
		gebieden = PostForm.orEmpty(gebieden);
		plekken = plekken == null ? List.of() : List.copyOf(plekken);
	}

	public static ServiceForm empty(String organisation) {
		return new ServiceForm(organisation, "", "", "", List.of(), "", "", "", List.of(), "", List.of());
	}

	static ServiceForm of(ServiceDraft service) {
		return new ServiceForm(service.organisation().toString(), service.name(), service.description(),
				service.audience(), service.focus(), PostForm.orEmpty(service.url()), PostForm.orEmpty(service.email()),
				PostForm.orEmpty(service.phone()), service.areas().stream().map(AreaCode::value).toList(), "",
				service.places().stream().map(UUID::toString).toList());
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
