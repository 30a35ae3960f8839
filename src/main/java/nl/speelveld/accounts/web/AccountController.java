package nl.speelveld.accounts.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.speelveld.accounts.AgeBand;
import nl.speelveld.accounts.AgeBands;
import nl.speelveld.accounts.UserId;
import nl.speelveld.accounts.audit.AuditLog;
import nl.speelveld.accounts.notifications.DigestCadence;
import nl.speelveld.accounts.notifications.NoticeStore;
import nl.speelveld.accounts.privacy.PersonalData;
import nl.speelveld.accounts.users.Account;
import nl.speelveld.accounts.users.Administration;
import nl.speelveld.accounts.users.PasswordPolicy;
import nl.speelveld.accounts.users.SignedIn;
import nl.speelveld.accounts.users.UserAccounts;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own account: name, password, sessions, their data and leaving. */
@Controller
class AccountController {

	/** Setting a password without the current one needs a sign-in this recent, e.g. by e-mail link. */
	private static final Duration RECENT = Duration.ofMinutes(15);

	private final UserAccounts users;

	private final Administration administration;

	private final PersonalData personalData;

	private final PasswordPolicy policy;

	private final PasswordEncoder passwords;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final AuditLog audit;

	private final NoticeStore notices;

	private final AgeBands ageBands;

	AccountController(UserAccounts users, Administration administration, PersonalData personalData,
			PasswordPolicy policy, PasswordEncoder passwords,
			FindByIndexNameSessionRepository<? extends Session> sessions, AuditLog audit, NoticeStore notices,
			AgeBands ageBands) {
		this.users = users;
		this.administration = administration;
		this.personalData = personalData;
		this.policy = policy;
		this.passwords = passwords;
		this.sessions = sessions;
		this.audit = audit;
		this.notices = notices;
		this.ageBands = ageBands;
	}

	@GetMapping("/account")
	String account(Model model, HttpSession session) {
		return page(model, session, Map.of());
	}

	/** How often the person gets the digest of their notices; an unknown choice changes nothing. */
	@PostMapping("/account/meldingen")
	String setDigestCadence(@RequestParam(defaultValue = "") String overzicht, HttpSession session, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		var cadence = DigestCadence.fromKey(overzicht);
		if (cadence.isEmpty()) {
			response.setStatus(400);
			return page(model, session, Map.of("overzicht", "notifications.preference.unknown"));
		}
		this.notices.setCadence(me(), cadence.get());
		redirect.addFlashAttribute("done", "notifications.preference.saved." + cadence.get().key());
		return "redirect:/account";
	}

	@PostMapping("/account/naam")
	String rename(@RequestParam(defaultValue = "") String naam, RedirectAttributes redirect) {
		String name = naam.strip();
		this.users.rename(me(), name.isEmpty() ? null : name.substring(0, Math.min(name.length(), 100)));
		redirect.addFlashAttribute("done", "account.saved");
		return "redirect:/account";
	}

	/** The person's age group, one of the five CBS groups, or none; anything else is refused. */
	@PostMapping("/account/leeftijd")
	String setAgeBand(@RequestParam(defaultValue = "") String leeftijd, HttpSession session, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		var band = AgeBand.fromKey(leeftijd);
		if (band.isEmpty() && !leeftijd.isEmpty()) {
			response.setStatus(400);
			return page(model, session, Map.of("leeftijd", "age-band.unknown"));
		}
		this.ageBands.set(me(), band.orElse(null));
		redirect.addFlashAttribute("done", "age-band.saved");
		return "redirect:/account";
	}

	@PostMapping("/account/wachtwoord")
	String setPassword(@RequestParam(defaultValue = "") String huidig, @RequestParam(defaultValue = "") String nieuw,
			HttpSession session, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		UserId me = me();
		Account account = this.users.byId(me).orElseThrow();
		Map<String, String> problems = new java.util.LinkedHashMap<>();
		if (needsCurrentPassword(me, session) && !this.passwords.matches(huidig, account.passwordHash())) {
			problems.put("huidig", "account.password.current-wrong");
		}
		this.policy.check(nieuw, account.email(), account.displayName()).ifPresent(problem -> problems.put("nieuw", problem));
		if (!problems.isEmpty()) {
			response.setStatus(400);
			return page(model, session, problems);
		}
		this.users.setPasswordHash(me, this.passwords.encode(nieuw));
		this.audit.record("password-set", "user", me, Map.of());
		redirect.addFlashAttribute("done", "account.password.saved");
		return "redirect:/account";
	}

	/** Ends every session of this person, on every device and app node, this one included. */
	@PostMapping("/account/overal-uitloggen")
	String signOutEverywhere(HttpServletRequest request) {
		UserId me = me();
		this.sessions.findByPrincipalName(me.toString()).keySet().forEach(this.sessions::deleteById);
		this.audit.record("signed-out-everywhere", "user", me, Map.of());
		end(request);
		return "redirect:/inloggen?melding=overal";
	}

	@GetMapping("/account/gegevens")
	ResponseEntity<Map<String, Object>> download() {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("speelveld-mijn-gegevens.json").build().toString())
			.body(this.personalData.export(me()));
	}

	@GetMapping("/account/verwijderen")
	String confirmErasure() {
		return "accounts/erase";
	}

	@PostMapping("/account/verwijderen")
	String erase(@RequestParam(required = false) @Nullable String zeker, HttpServletRequest request, Model model) {
		if (!"ja".equals(zeker)) {
			model.addAttribute("problem", "account.erase.confirm-missing");
			return "accounts/erase";
		}
		this.personalData.erase(me());
		end(request);
		return "redirect:/inloggen?melding=verwijderd";
	}

	private String page(Model model, HttpSession session, Map<String, String> problems) {
		UserId me = me();
		model.addAttribute("person", this.administration.person(me));
		model.addAttribute("needsCurrentPassword", needsCurrentPassword(me, session));
		model.addAttribute("cadence", this.notices.cadence(me));
		model.addAttribute("ageBand", this.ageBands.of(me).map(AgeBand::key).orElse(""));
		model.addAttribute("problems", problems);
		return "accounts/account";
	}

	private boolean needsCurrentPassword(UserId me, HttpSession session) {
		boolean hasPassword = this.users.byId(me).map(Account::hasPassword).orElse(false);
		Object signedInAt = session.getAttribute(SignedIn.SIGNED_IN_AT);
		boolean recent = signedInAt instanceof Instant at && at.isAfter(Instant.now().minus(RECENT));
		return hasPassword && !recent;
	}

	private static void end(HttpServletRequest request) {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

	private static UserId me() {
		return SignedIn.user().orElseThrow();
	}

}
