package nl.speelveld.participation.processes;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.shared.Complaints;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a process: links to the gemeente's own pages, or PDFs kept here. A file is accepted
 * only when it is a PDF by its first bytes, whatever its name says, and at most {@value #MOST_BYTES} bytes.
 */
@Service
public class Documents {

	public static final int MOST_BYTES = 10 * 1024 * 1024;

	static final int MOST_PER_PROCESS = 30;

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private final JdbcClient jdbc;

	private final ProcessSteps steps;

	private final nl.speelveld.accounts.Permissions permissions;

	Documents(JdbcClient jdbc, ProcessSteps steps, nl.speelveld.accounts.Permissions permissions) {
		this.jdbc = jdbc;
		this.steps = steps;
		this.permissions = permissions;
	}

	public List<Document> of(UUID process) {
		return this.jdbc.sql("""
				select id, process_id, title, url, size_bytes, added_at from participation_document
				where process_id = ? order by added_at, id""")
			.param(process)
			.query((rs, n) -> new Document(rs.getObject("id", UUID.class), rs.getObject("process_id", UUID.class),
					rs.getString("title"), rs.getString("url"), (Integer) rs.getObject("size_bytes"),
					rs.getTimestamp("added_at").toInstant()))
			.list();
	}

	/** The PDF of a document, for serving it. */
	public Optional<byte[]> file(UUID process, UUID document) {
		return this.jdbc.sql("select content from participation_document where process_id = ? and id = ? and content is not null")
			.params(process, document)
			.query(byte[].class)
			.optional();
	}

	/** Adds a link or a PDF with a title; what is wrong with it is said per field and nothing is stored. */
	@Transactional
	public Complaints add(Process process, @Nullable String title, @Nullable String url, byte @Nullable [] file) {
		if (!this.steps.canRun(process)) {
			throw new AccessDeniedException("Only those who run a process add its documents");
		}
		Complaints complaints = new Complaints();
		String name = title == null ? "" : title.strip();
		if (name.length() < 3 || name.length() > 200) {
			complaints.add("document-title", "participation.document.error.title");
		}
		boolean hasFile = file != null && file.length > 0;
		String link = url == null ? "" : url.strip();
		if (hasFile == !link.isEmpty()) {
			complaints.add("document-url", "participation.document.error.one-of");
		}
		else if (hasFile && (file.length > MOST_BYTES || !startsWithPdf(file))) {
			complaints.add("document-file", "participation.document.error.file");
		}
		else if (!hasFile && !isWebAddress(link)) {
			complaints.add("document-url", "participation.document.error.url");
		}
		if (complaints.isEmpty() && of(process.id()).size() >= MOST_PER_PROCESS) {
			complaints.add("document-title", "participation.document.error.too-many");
		}
		if (complaints.isEmpty()) {
			UUID id = UUID.randomUUID();
			this.jdbc.sql("""
					insert into participation_document (id, process_id, title, url, media_type, content, size_bytes)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, process.id(), name, hasFile ? null : link, hasFile ? "application/pdf" : null,
						hasFile ? file : null, hasFile ? file.length : null)
				.update();
			this.permissions.audit("participation-document-added", "participation-process", process.id(),
					Map.of("document", id.toString(), "title", name));
		}
		return complaints;
	}

	@Transactional
	public void remove(Process process, UUID document) {
		if (!this.steps.canRun(process)) {
			throw new AccessDeniedException("Only those who run a process remove its documents");
		}
		if (this.jdbc.sql("delete from participation_document where process_id = ? and id = ?")
			.params(process.id(), document)
			.update() == 1) {
			this.permissions.audit("participation-document-removed", "participation-process", process.id(),
					Map.of("document", document.toString()));
		}
	}

	private static boolean startsWithPdf(byte[] file) {
		return file.length >= PDF.length && Arrays.equals(Arrays.copyOf(file, PDF.length), PDF);
	}

	static boolean isWebAddress(String text) {
		if (text.length() > 2000) {
			return false;
		}
		try {
			URI uri = new URI(text);
			return "https".equals(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (java.net.URISyntaxException notAnAddress) {
			return false;
		}
	}

}
