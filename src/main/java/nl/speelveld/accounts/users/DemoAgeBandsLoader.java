package nl.speelveld.accounts.users;

import nl.speelveld.shared.DemoLoader;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives the demo residents (addresses at example.org without a password, made by other modules' demo data) an
 * age group, so that the demo shows who takes part by age. Fewer young people than in the population, as in
 * real participation; a fifth gives no age at all. Runs after all other demo data and only for residents
 * without an age group, so a restart changes nothing.
 */
@Component
class DemoAgeBandsLoader extends DemoLoader {

	private final JdbcClient jdbc;

	DemoAgeBandsLoader(JdbcClient jdbc, @Value("${speelveld.demo-data.load:true}") boolean enabled,
			@Value("${speelveld.command:}") String command) {
		super(enabled, command, 90);
		this.jdbc = jdbc;
	}

	@Override
	protected void load() {
		// the last hex digits of the id choose the group, the same one on every start
		this.jdbc.sql("""
				insert into acc_age_band (user_id, band)
				select id, case
				    when pick < 1 then '0-15'
				    when pick < 3 then '15-25'
				    when pick < 8 then '25-45'
				    when pick < 13 then '45-65'
				    when pick < 20 then '65+' end
				from (select id, ('x' || right(id::text, 4))::bit(16)::int % 25 as pick from acc_user
				      where email like '%@example.org' and password_hash is null and erased_at is null) residents
				where pick < 20
				on conflict (user_id) do nothing""").update();
	}

}
