package nl.speelveld.accounts.privacy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.accounts.AccountErased;
import nl.speelveld.accounts.PersonalDataHolder;
import nl.speelveld.accounts.UserId;
import nl.speelveld.accounts.audit.AuditLog;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's rights under the AVG: to get everything Speelveld keeps about them, and to have it erased.
 * Every module that keeps personal data takes part through a {@link PersonalDataHolder}.
 */
@Service
public class PersonalData {

	private final List<PersonalDataHolder> holders;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	PersonalData(List<PersonalDataHolder> holders, AuditLog audit, ApplicationEventPublisher events) {
		this.holders = holders;
		this.audit = audit;
		this.events = events;
	}

	/** Everything kept about the person, by section, each row tagged with the table it comes from. */
	@PreAuthorize("@access.isSelf(#user)")
	@Transactional
	public Map<String, Object> export(UserId user) {
		this.audit.record(user, "personal-data-exported", "user", user, Map.of());
		Map<String, Object> sections = new LinkedHashMap<>();
		this.holders.forEach(holder -> sections.put(holder.section(), holder.export(user)));
		Map<String, Object> download = new LinkedHashMap<>();
		download.put("exportedAt", Instant.now().toString());
		download.put("user", user.toString());
		download.put("sections", sections);
		return download;
	}

	/** Removes the person's data and anonymises what they made public; the account cannot be used again. */
	@PreAuthorize("@access.isSelf(#user) or @access.isAdministrator()")
	@Transactional
	public void erase(UserId user) {
		this.holders.forEach(holder -> holder.erase(user));
		this.audit.record(user, "account-erased", "user", user, Map.of());
		this.events.publishEvent(new AccountErased(user));
	}

}
