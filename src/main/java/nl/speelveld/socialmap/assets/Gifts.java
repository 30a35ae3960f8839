package nl.speelveld.socialmap.assets;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.accounts.Addressee;
import nl.speelveld.accounts.Addressees;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.Areas;
import nl.speelveld.shared.Problem;
import nl.speelveld.socialmap.SocialMapEntryNotFound;
import nl.speelveld.socialmap.editing.EntryFields;
import nl.speelveld.socialmap.editing.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gifts and skills of residents. A resident adds their own with consent, makes them public or not, and
 * withdraws them, which deletes them at once; nobody else changes them. Professionals see all gifts of an
 * area with the resident's name and e-mail address, and every such look is in the audit log. Everyone else
 * sees public gifts only: their text and area.
 */
@Service
public class Gifts {

	/** Enough for a neighbourhood; more would be a list nobody reads. */
	static final int PER_AREA = 500;

	private final GiftStore store;

	private final Areas areas;

	private final EntryFields fields;

	private final Permissions permissions;

	private final Addressees addressees;

	Gifts(GiftStore store, Areas areas, EntryFields fields, Permissions permissions, Addressees addressees) {
		this.store = store;
		this.areas = areas;
		this.fields = fields;
		this.permissions = permissions;
		this.addressees = addressees;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<Gift> mine() {
		return this.store.of(me());
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public Optional<UUID> add(GiftForm form, Problems problems) {
		String text = this.fields.text(form.tekst(), "tekst", 2, 300, problems);
		if (!Gift.KINDS.contains(form.soort())) {
			problems.add("soort", "gift.kind.missing");
		}
		AreaCode area = area(form.postcode(), problems);
		if (!form.consents()) {
			problems.add("toestemming", "gift.consent.missing");
		}
		if (!problems.isEmpty() || area == null) {
			return Optional.empty();
		}
		return Optional.of(this.store.insert(me(), text, form.soort(), area,
				form.wantsPublic() ? Gift.PUBLIC : Gift.PROFESSIONALS));
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void show(UUID id, boolean toEveryone) {
		own(id);
		this.store.show(id, toEveryone ? Gift.PUBLIC : Gift.PROFESSIONALS);
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void withdraw(UUID id) {
		own(id);
		this.store.delete(id);
	}

	/** All gifts of an area with who offers them; recorded in the audit log, as it shows personal data. */
	@PreAuthorize("@permissions.isProfessional()")
	@Transactional
	public List<GiftContact> forProfessionals(AreaCode area) {
		List<Gift> gifts = this.store.in(area, true, PER_AREA);
		Map<UserId, Addressee> people = this.addressees.of(gifts.stream().map(gift -> new UserId(gift.user())).toList());
		this.permissions.audit("gifts-viewed", "area", area.value(), Map.of("count", gifts.size()));
		return gifts.stream().map(gift -> {
			Addressee person = people.get(new UserId(gift.user()));
			return new GiftContact(gift, person == null ? null : person.name(), person == null ? null : person.email());
		}).toList();
	}

	/** The public gifts of an area and its parts: for everyone, so without anything about the person. */
	@Transactional(readOnly = true)
	public List<Gift> publicIn(AreaCode area, int limit) {
		return this.store.in(area, false, limit);
	}

	private @Nullable AreaCode area(String postcode, Problems problems) {
		String text = postcode.strip();
		if (text.isEmpty()) {
			problems.add("postcode", "gift.postcode.missing");
			return null;
		}
		if (!Areas.looksLikePostcode(text)) {
			problems.add("postcode", "gift.postcode.malformed");
			return null;
		}
		try {
			return this.areas.lookupPostcode(text, null).finest().code();
		}
		catch (Problem unknown) {
			problems.add("postcode", "gift.postcode.unknown");
			return null;
		}
	}

	/** The gift, if it is the current person's own: someone else's is refused, an unknown one not found. */
	private Gift own(UUID id) {
		Gift gift = this.store.find(id).orElseThrow(() -> new SocialMapEntryNotFound("gift", id));
		if (!gift.user().equals(me())) {
			throw new AccessDeniedException("Not your gift: " + id);
		}
		return gift;
	}

	private UUID me() {
		return this.permissions.currentUser().map(UserId::value).orElseThrow(() -> new AccessDeniedException("Sign in"));
	}

}
