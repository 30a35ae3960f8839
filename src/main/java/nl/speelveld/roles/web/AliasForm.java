package nl.speelveld.roles.web;

/** A local job title for a role type: the role's code, the title, and the gemeente (empty: everywhere). */
public record AliasForm(String rol, String titel, String gemeente) {

	public AliasForm {
		rol = rol == null ? "" : rol.strip();
		titel = titel == null ? "" : titel;
		gemeente = gemeente == null ? "" : gemeente.strip();
	}

	static AliasForm empty() {
		return new AliasForm("", "", "");
	}

}
