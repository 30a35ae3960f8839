package nl.speelveld.areas.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.springframework.core.io.Resource;

/** One file to import, from disk or from the jar; gzip-compressed files are read as they are. */
public final class SourceFile {

	interface Opener {

		InputStream open() throws IOException;

	}

	private final String name;

	private final long size;

	private final Opener opener;

	private SourceFile(String name, long size, Opener opener) {
		this.name = name;
		this.size = size;
		this.opener = opener;
	}

	public static SourceFile of(Path path) {
		try {
			return new SourceFile(path.getFileName().toString(), Files.size(path), () -> Files.newInputStream(path));
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("Cannot read " + path, unreadable);
		}
	}

	public static SourceFile of(Resource resource) {
		try {
			return new SourceFile(resource.getFilename(), resource.contentLength(), resource::getInputStream);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException("Cannot read " + resource, unreadable);
		}
	}

	static SourceFile of(String name, byte[] content) {
		return new SourceFile(name, content.length, () -> new java.io.ByteArrayInputStream(content));
	}

	public String name() {
		return this.name;
	}

	/** Size on disk; progress counts these bytes, so it is exact even for compressed files. */
	long size() {
		return this.size;
	}

	/** Opens the file, decompressing gzip, counting raw bytes read for progress. */
	CountingInputStream open() throws IOException {
		var counting = new CountingInputStream(new BufferedInputStream(this.opener.open(), 1 << 16));
		return counting;
	}

	static InputStream decompressed(CountingInputStream raw) throws IOException {
		raw.mark(2);
		int first = raw.read();
		int second = raw.read();
		raw.reset();
		if (first == 0x1f && second == 0x8b) {
			return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
		}
		return raw;
	}

	@Override
	public String toString() {
		return this.name;
	}

}
