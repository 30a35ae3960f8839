package nl.speelveld.shared.security;

import java.security.SecureRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Secrets of this installation by name (for signing form stamps, keying ballots): made by whichever app
 * node asks first and kept in the database, so that every node uses the same one after that.
 */
@Component
public class InstallationSecrets {

	private final JdbcClient jdbc;

	InstallationSecrets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The 256-bit secret of this name. */
	public byte[] get(String name) {
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		this.jdbc.sql("insert into shared_secret (name, value) values (?, ?) on conflict (name) do nothing")
			.params(name, fresh)
			.update();
		return this.jdbc.sql("select value from shared_secret where name = ?").param(name).query(byte[].class).single();
	}

}
