package nl.speelveld.shared.database;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values read from the database, kept per key while a revision stays where it was when they were read. The
 * revision is one row that triggers raise within every change to what the values are read from, so a change
 * made on any node shows at the next look, and one look at the revision costs a trivial query where reading
 * the value costs several. The least recently used make room beyond the given number.
 *
 * <p>Inside a transaction that may write nothing is kept or taken: a transaction that changed the rows sees its
 * own raised revision before it commits, and what it read then would outlive a rollback under a revision that
 * the next committed change reaches again. A read-only transaction sees only what others committed.
 */
public final class KeptByRevision<K, V> {

	private record Kept<V>(long revision, V value) {
	}

	private final Map<K, Kept<V>> kept;

	public KeptByRevision(int most) {
		this.kept = new LinkedHashMap<>(most * 4 / 3 + 1, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<K, Kept<V>> eldest) {
				return size() > most;
			}

		};
	}

	/**
	 * The value kept for this key at the current revision, or the one {@code read} gives, then kept. The
	 * revision is read first, so a value is never kept under a revision newer than what it was read from.
	 */
	public V get(K key, LongSupplier revision, Supplier<V> read) {
		return mayWrite() ? read.get() : keptOrRead(key, revision.getAsLong(), read);
	}

	/**
	 * The same, at a revision the caller read just before (once for several values that share it, such as a
	 * process and its round).
	 */
	public V get(K key, long now, Supplier<V> read) {
		return mayWrite() ? read.get() : keptOrRead(key, now, read);
	}

	private V keptOrRead(K key, long now, Supplier<V> read) {
		@Nullable Kept<V> known;
		synchronized (this.kept) {
			known = this.kept.get(key);
		}
		if (known != null && known.revision() == now) {
			return known.value();
		}
		V value = read.get();
		synchronized (this.kept) {
			this.kept.put(key, new Kept<>(now, value));
		}
		return value;
	}

	private static boolean mayWrite() {
		return TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

}
