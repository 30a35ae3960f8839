package nl.speelveld.accounts.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The privacy statement and the accessibility statement, which a municipality must publish. Their text
 * is a template; the deployment fills in who is responsible and how to reach them.
 */
@Controller
class StatementController {

	private final String organisation;

	private final String contact;

	private final String statementDate;

	StatementController(@Value("${speelveld.statements.organisation:[naam van de gemeente of organisatie]}") String organisation,
			@Value("${speelveld.statements.contact:[e-mailadres of telefoonnummer]}") String contact,
			@Value("${speelveld.statements.date:[datum]}") String statementDate) {
		this.organisation = organisation;
		this.contact = contact;
		this.statementDate = statementDate;
	}

	@GetMapping("/privacy")
	String privacy(Model model) {
		fill(model);
		return "accounts/privacy";
	}

	@GetMapping("/toegankelijkheid")
	String accessibility(Model model) {
		fill(model);
		return "accounts/accessibility";
	}

	private void fill(Model model) {
		model.addAttribute("organisation", this.organisation);
		model.addAttribute("contact", this.contact);
		model.addAttribute("statementDate", this.statementDate);
	}

}
