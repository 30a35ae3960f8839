package nl.speelveld.socialmap.editing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.socialmap.Post;
import org.jspecify.annotations.Nullable;

/**
 * The post form as typed: a role, an organisation (an id from the list, or {@code werkgever:} and the id of
 * the person's own employer), a title, areas (boxes for the wijken of the gemeente and CBS codes typed
 * in), themes, availability, languages, dates, contact channels, and for coordinators the name of the
 * professional holding the post ({@code naam}) or the choice to hold it themselves ({@code zelf}).
 */
public record PostForm(String rol, String organisatie, String titel, List<String> gebied, String gebieden,
		List<String> themas, String bereikbaarheid, List<String> talen, String begin, String einde, String email,
		String telefoon, String website, String naam, String zelf) {

	public PostForm {
		rol = orEmpty(rol);
		organisatie = orEmpty(organisatie);
		titel = orEmpty(titel);
		gebied = gebied == null ? List.of() : List.copyOf(gebied);
		gebieden = orEmpty(gebieden);
		themas = themas == null ? List.of() : List.copyOf(themas);
		bereikbaarheid = orEmpty(bereikbaarheid);
		talen = talen == null ? List.of() : List.copyOf(talen);
		begin = orEmpty(begin);
		einde = orEmpty(einde);
		email = orEmpty(email);
		telefoon = orEmpty(telefoon);
		website = orEmpty(website);
		naam = orEmpty(naam);
		zelf = orEmpty(zelf);
	}

	/** A new post's form: the role chosen, its name as the title, Dutch as the language. */
	public static PostForm start(String role, String title, String organisation, boolean self) {
		return new PostForm(role, organisation, title, List.of(), "", List.of(), "", List.of("nl"), "", "", "", "", "",
				"", self ? "ja" : "");
	}

	public static PostForm of(Post post, boolean heldByTheEditor) {
		return new PostForm(post.roleCode(), post.organisation().id().toString(), post.title(),
				post.areas().stream().map(AreaCode::value).toList(), "", post.focus(), post.availability(),
				post.languages(), day(post.startsOn()), day(post.endsOn()), orEmpty(post.contact().email()),
				orEmpty(post.contact().phone()), orEmpty(post.contact().url()),
				post.professional() == null ? "" : post.professional().name(), heldByTheEditor ? "ja" : "");
	}

	public boolean self() {
		return "ja".equals(this.zelf);
	}

	/** Every area the form names: the boxes ticked and the codes typed. */
	public List<String> allAreas() {
		List<String> all = new ArrayList<>(this.gebied);
		all.add(this.gebieden);
		return all;
	}

	/** What the text field shows: the codes typed, and chosen codes that no box offers. */
	public String typedAreas(Collection<String> offered) {
		String chosen = this.gebied.stream().filter(code -> !offered.contains(code)).collect(Collectors.joining(" "));
		return (chosen + " " + this.gebieden).strip();
	}

	static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

	private static String day(@Nullable LocalDate day) {
		return day == null ? "" : day.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
	}

}
