package nl.speelveld.initiatives.demo;

import java.time.LocalDate;
import java.util.List;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.shared.DemoLoader;
import nl.speelveld.shared.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads demo initiatives into a database that has none, after the demo social map (whose posts guide them),
 * for the three demo gemeenten: a city, a city with stadsdelen and a rural gemeente with villages.
 */
@Component
class DemoInitiativesLoader extends DemoLoader {

	static final List<AreaCode> GEMEENTEN = List.of(new AreaCode("GM0344"), new AreaCode("GM0363"),
			new AreaCode("GM1966"));

	private static final Logger log = LoggerFactory.getLogger(DemoInitiativesLoader.class);

	private final DemoInitiatives demo;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	DemoInitiativesLoader(DemoInitiatives demo, JdbcClient jdbc, TransactionTemplate transaction,
			@Value("${speelveld.demo-data.load:true}") boolean enabled, @Value("${speelveld.command:}") String command) {
		// after the demo social map (phase 10), whose posts guide the initiatives
		super(enabled, command, 20);
		this.demo = demo;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	protected void load() {
		try {
			Integer written = this.transaction.execute(status -> {
				// one loader at a time, also when two nodes start together
				this.jdbc.sql("lock table initiative in share row exclusive mode").update();
				if (this.jdbc.sql("select exists (select 1 from initiative)").query(Boolean.class).single()) {
					return 0;
				}
				LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
				return GEMEENTEN.stream().mapToInt(gemeente -> this.demo.write(gemeente, today)).sum();
			});
			if (written != null && written > 0) {
				log.info("Loaded {} demo initiatives", written);
			}
		}
		catch (Problem missing) {
			log.warn("No demo initiatives: the areas they need are missing ({})", missing.getMessage());
		}
	}

}
