package nl.speelveld.initiatives.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.shared.Complaints;
import nl.speelveld.shared.images.Photo;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** News from a supported or running initiative, each with at most one photo and its description. */
@Service
public class Updates {

	/** An update as pages show it; {@code hasPhoto} tells whether to link the photo. */
	public record Update(UUID id, Instant at, String authorRole, String text, boolean hasPhoto, @Nullable String alt) {
	}

	private final JdbcClient jdbc;

	private final Moves moves;

	private final Permissions permissions;

	Updates(JdbcClient jdbc, Moves moves, Permissions permissions) {
		this.jdbc = jdbc;
		this.moves = moves;
		this.permissions = permissions;
	}

	@Transactional
	public Complaints post(UUID id, @Nullable String text, byte @Nullable [] photoUpload, @Nullable String alt) {
		Moves.Turn turn = this.moves.begin(id, Step.POST_UPDATE);
		Complaints complaints = new Complaints();
		String news = Guidance.required(complaints, "text", text);
		Photo photo = null;
		String description = IdeaChecks.clean(alt);
		if (photoUpload != null && photoUpload.length > 0) {
			photo = Photo.of(photoUpload).orElse(null);
			if (photo == null) {
				complaints.add("photo", "initiative.error.photo-unreadable");
			}
			else if (description.length() < 3 || description.length() > 300) {
				complaints.add("alt", "initiative.error.alt-empty");
			}
		}
		if (!complaints.isEmpty()) {
			return complaints;
		}
		this.jdbc.sql("""
				insert into initiative_update (id, initiative_id, author_role, author_id, text, photo, photo_type, photo_alt)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), id, turn.actor().name().toLowerCase(java.util.Locale.ROOT),
					this.permissions.currentUser().orElseThrow().value(), news, photo == null ? null : photo.jpeg(),
					photo == null ? null : "image/jpeg", photo == null ? null : description)
			.update();
		this.jdbc.sql("update initiative set updated_at = now() where id = ?").param(id).update();
		return complaints;
	}

	public List<Update> of(UUID id) {
		return this.jdbc.sql("""
				select id, at, author_role, text, photo is not null, photo_alt from initiative_update
				where initiative_id = ? order by at desc, id""")
			.param(id)
			.query((rs, n) -> new Update(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), rs.getBoolean(5), rs.getString(6)))
			.list();
	}

	public Optional<byte[]> photo(UUID initiative, UUID update) {
		return this.jdbc.sql("select photo from initiative_update where id = ? and initiative_id = ? and photo is not null")
			.params(update, initiative)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

}
