package nl.speelveld.areas.imports;

/**
 * Told how far an import is, phase by phase (reading, checking, writing), so that a person watching a
 * national import sees it move: a bar on the command line, lines in the log.
 */
public interface ImportProgress {

	/** A phase starts; {@code total} is in bytes when reading files and in areas otherwise. */
	void begin(String phaseKey, long total);

	void advance(long done);

	void end();

	ImportProgress NONE = new ImportProgress() {

		@Override
		public void begin(String phaseKey, long total) {
		}

		@Override
		public void advance(long done) {
		}

		@Override
		public void end() {
		}

	};

}
