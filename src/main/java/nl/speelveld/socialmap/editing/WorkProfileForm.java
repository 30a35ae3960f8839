package nl.speelveld.socialmap.editing;

import nl.speelveld.socialmap.Professional;

/** The work profile form: the name residents see, and a few lines about the work. */
public record WorkProfileForm(String naam, String over) {

	public WorkProfileForm {
		naam = PostForm.orEmpty(naam);
		over = PostForm.orEmpty(over);
	}

	public static WorkProfileForm of(Professional professional) {
		return new WorkProfileForm(professional.name(), professional.about());
	}

}
