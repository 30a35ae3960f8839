package nl.speelveld.participation.processes;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A document of a process: a link elsewhere, or a PDF kept here ({@code url} null, {@code sizeBytes} set). */
public record Document(UUID id, UUID process, String title, @Nullable String url, @Nullable Integer sizeBytes, Instant addedAt) {

	/** Where a visitor opens it: the link, or the PDF as served by Speelveld. */
	public String href() {
		return this.url != null ? this.url : "/participatie/" + this.process + "/documenten/" + this.id;
	}

	public boolean isFile() {
		return this.url == null;
	}

}
