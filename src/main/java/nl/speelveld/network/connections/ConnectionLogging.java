package nl.speelveld.network.connections;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.network.ConnectionLogged;
import nl.speelveld.socialmap.Organisation;
import nl.speelveld.socialmap.Post;
import nl.speelveld.socialmap.SocialMap;
import nl.speelveld.socialmap.SocialMapEntryNotFound;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Professionals log the connections they make, see their own and delete their own. Every check of the form
 * is here: the area must exist, the day may not lie ahead, organisations and posts must be on the social map,
 * and a group's pseudonym must not point at a person (see {@link Pseudonyms}).
 */
@Service
public class ConnectionLogging {

	/** The purposes to choose from, in the order the form shows them. */
	public static final List<String> PURPOSES = List.of("doorverwijzing", "samenwerking", "ondersteuning-initiatief",
			"overleg", "anders");

	private static final int MINE = 200;

	private static final int ORGANISATION_MATCHES = 20;

	private final ConnectionStore store;

	private final Pseudonyms pseudonyms;

	private final SocialMap socialMap;

	private final Areas areas;

	private final Permissions permissions;

	private final EndpointNames names;

	private final ApplicationEventPublisher events;

	ConnectionLogging(ConnectionStore store, Pseudonyms pseudonyms, SocialMap socialMap, Areas areas,
			Permissions permissions, EndpointNames names, ApplicationEventPublisher events) {
		this.store = store;
		this.pseudonyms = pseudonyms;
		this.socialMap = socialMap;
		this.areas = areas;
		this.permissions = permissions;
		this.names = names;
		this.events = events;
	}

	/** The posts the professional holds, to log from by default. */
	@PreAuthorize("@permissions.isProfessional()")
	public List<Post> ownPosts() {
		return this.socialMap.postsHeldBy(me().value());
	}

	/** The organisations working in the area, to choose from; none when the area is not known. */
	public List<Organisation> organisationsIn(String area) {
		return AreaCode.tryParse(area)
			.filter(code -> this.areas.summary(code).isPresent())
			.map(code -> this.socialMap.organisationsIn(code, null))
			.orElse(List.of());
	}

	/** Logs the connection, or says in {@code problems} (field to message key) why not. */
	@PreAuthorize("@permissions.isProfessional()")
	@Transactional
	public Optional<UUID> log(ConnectionForm form, Map<String, String> problems) {
		UserId me = me();
		AreaCode area = area(ConnectionForm.text(form.gebied()), problems);
		LocalDate on = day(ConnectionForm.text(form.datum()), problems);
		String purpose = purpose(ConnectionForm.text(form.doel()), problems);
		Endpoint from = endpoint("van", form.vanSoort(), form.vanOrganisatie(), form.vanPost(), form.vanGroep(), area,
				problems);
		Endpoint to = endpoint("naar", form.naarSoort(), form.naarOrganisatie(), form.naarPost(), form.naarGroep(), area,
				problems);
		if (from != null && to != null && from.key().equals(to.key())) {
			problems.put("naarSoort", "network.form.same");
		}
		if (!problems.isEmpty() || area == null || on == null || from == null || to == null) {
			return Optional.empty();
		}
		Connection connection = new Connection(UUID.randomUUID(), me.value(), area, on, purpose, from, to,
				java.time.Instant.now());
		this.store.insert(connection);
		this.permissions.audit("network-connection-logged", "network-connection", connection.id(),
				Map.of("area", area.value(), "from", from.kind().key(), "to", to.kind().key()));
		this.events.publishEvent(new ConnectionLogged(connection.id(), area, on, from.kind().key(), to.kind().key(),
				purpose));
		return Optional.of(connection.id());
	}

	/** The connections the professional logged, newest first, named. */
	@PreAuthorize("@permissions.isProfessional()")
	@Transactional(readOnly = true)
	public List<LoggedConnection> mine(String removedLabel) {
		EndpointNames.Lookup lookup = this.names.lookup();
		Map<AreaCode, String> areaNames = new java.util.HashMap<>();
		return this.store.loggedBy(me().value(), MINE)
			.stream()
			.map(connection -> new LoggedConnection(connection.id(), connection.on(), connection.area().value(),
					areaNames.computeIfAbsent(connection.area(),
							code -> this.areas.summary(code).map(AreaSummary::name).orElse(code.value())),
					lookup.name(connection.from(), removedLabel), lookup.name(connection.to(), removedLabel),
					connection.purpose()))
			.toList();
	}

	/** Deletes a connection the professional logged; someone else's is refused. */
	@PreAuthorize("@permissions.isProfessional()")
	@Transactional
	public void delete(UUID id) {
		Connection connection = this.store.find(id).orElseThrow(() -> new ConnectionNotFound(id));
		if (!me().value().equals(connection.loggedBy())) {
			throw new AccessDeniedException("connection " + id + " was logged by someone else");
		}
		this.store.delete(id);
		this.permissions.audit("network-connection-deleted", "network-connection", id,
				Map.of("area", connection.area().value()));
	}

	private UserId me() {
		return this.permissions.currentUser().orElseThrow(() -> new AccessDeniedException("not signed in"));
	}

	private @Nullable AreaCode area(String text, Map<String, String> problems) {
		if (text.isEmpty()) {
			problems.put("gebied", "network.form.area.missing");
			return null;
		}
		Optional<AreaCode> code = AreaCode.tryParse(text.toUpperCase(java.util.Locale.ROOT));
		if (code.isEmpty() || this.areas.summary(code.get()).isEmpty()) {
			problems.put("gebied", "network.form.area.unknown");
			return null;
		}
		return code.get();
	}

	private static @Nullable LocalDate day(String text, Map<String, String> problems) {
		if (text.isEmpty()) {
			return LocalDate.now();
		}
		try {
			LocalDate day = LocalDate.parse(text);
			if (day.isAfter(LocalDate.now())) {
				problems.put("datum", "network.form.date.future");
				return null;
			}
			return day;
		}
		catch (DateTimeParseException notADay) {
			problems.put("datum", "network.form.date.invalid");
			return null;
		}
	}

	private static @Nullable String purpose(String text, Map<String, String> problems) {
		if (text.isEmpty()) {
			return null;
		}
		if (!PURPOSES.contains(text)) {
			problems.put("doel", "network.form.purpose.unknown");
			return null;
		}
		return text;
	}

	private @Nullable Endpoint endpoint(String side, @Nullable String kind, @Nullable String organisation,
			@Nullable String post, @Nullable String group, @Nullable AreaCode area, Map<String, String> problems) {
		Optional<EndpointKind> chosen = EndpointKind.byField(ConnectionForm.text(kind));
		if (chosen.isEmpty()) {
			problems.put(side + "Soort", "network.form.kind.missing");
			return null;
		}
		return switch (chosen.get()) {
			case ORGANISATION -> organisation(side + "Organisatie", ConnectionForm.text(organisation), area, problems);
			case POST -> post(side + "Post", ConnectionForm.text(post), problems);
			case GROUP -> {
				String pseudonym = ConnectionForm.text(group).replaceAll("\\s+", " ");
				String problem = this.pseudonyms.problem(pseudonym);
				if (problem != null) {
					problems.put(side + "Groep", problem);
					yield null;
				}
				yield Endpoint.group(pseudonym);
			}
		};
	}

	/** An organisation by id, or by its exact name among those working in the area. */
	private @Nullable Endpoint organisation(String field, String text, @Nullable AreaCode area,
			Map<String, String> problems) {
		if (text.isEmpty()) {
			problems.put(field, "network.form.organisation.missing");
			return null;
		}
		UUID id = id(text);
		if (id != null) {
			try {
				return Endpoint.organisation(this.socialMap.organisation(id).id());
			}
			catch (SocialMapEntryNotFound unknown) {
				// said below
			}
		}
		else if (area != null) {
			Optional<Organisation> named = this.socialMap.organisationsIn(area, null, text, ORGANISATION_MATCHES)
				.stream()
				.filter(organisation -> organisation.name().equalsIgnoreCase(text))
				.findFirst();
			if (named.isPresent()) {
				return Endpoint.organisation(named.get().id());
			}
		}
		problems.put(field, "network.form.organisation.unknown");
		return null;
	}

	private @Nullable Endpoint post(String field, String text, Map<String, String> problems) {
		if (text.isEmpty()) {
			problems.put(field, "network.form.post.missing");
			return null;
		}
		UUID id = id(text);
		if (id != null) {
			try {
				return Endpoint.post(this.socialMap.post(id).id());
			}
			catch (SocialMapEntryNotFound unknown) {
				// said below
			}
		}
		problems.put(field, "network.form.post.unknown");
		return null;
	}

	private static @Nullable UUID id(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

}
