package nl.speelveld.areas.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read, so that an import can report how far it got through a file. */
final class CountingInputStream extends FilterInputStream {

	private long count;

	private long mark;

	CountingInputStream(InputStream in) {
		super(in);
	}

	long count() {
		return this.count;
	}

	@Override
	public int read() throws IOException {
		int value = super.read();
		if (value >= 0) {
			this.count++;
		}
		return value;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		if (read > 0) {
			this.count += read;
		}
		return read;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		this.count += skipped;
		return skipped;
	}

	@Override
	public synchronized void mark(int limit) {
		super.mark(limit);
		this.mark = this.count;
	}

	@Override
	public synchronized void reset() throws IOException {
		super.reset();
		this.count = this.mark;
	}

}
