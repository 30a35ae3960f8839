package nl.speelveld.socialmap.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import nl.speelveld.accounts.DemoResidents;
import nl.speelveld.accounts.UserId;
import nl.speelveld.shared.DemoLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo asset map: activities at a share of the demo places, and gifts of demo residents in the
 * areas that have places. Most gifts are for professionals only, some are public, as in real life.
 * Loaded after the demo social map, once (when there are no activities yet), and only at demo places.
 */
@Component
class DemoAssets extends DemoLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoAssets.class);

	/** Advisory lock key for loading the demo assets; differs from the social map's. */
	private static final long LOCK = 0x5350_454c_4153_5354L;

	private static final List<String> GEMEENTEN = List.of("GM0344", "GM0363", "GM1966");

	private static final String[][] ACTIVITIES = {
			{ "Koffieochtend", "Samen koffie drinken en buren leren kennen. Iedereen is welkom.", "elke dinsdag 10-12 uur" },
			{ "Repair Café", "Neem je kapotte spullen mee: vrijwilligers helpen je ze te maken.", "elke eerste zaterdag van de maand 13-16 uur" },
			{ "Wandelgroep", "Een uur wandelen door de buurt in je eigen tempo.", "elke woensdag 9.30 uur" },
			{ "Buurtmaaltijd", "Samen koken en eten voor een klein bedrag.", "elke donderdag 17.30 uur" },
			{ "Taalcafé", "Nederlands oefenen in een gesprek, met vrijwilligers.", "elke maandag 14-16 uur" },
			{ "Huiswerkklas", "Hulp bij huiswerk voor kinderen van 8 tot 14 jaar.", "maandag tot en met donderdag 15.30-17 uur" },
			{ "Moestuinochtend", "Samen de buurttuin bijhouden. Geen ervaring nodig.", "elke zaterdag 10-12 uur" },
			{ "Spelletjesmiddag", "Kaarten, bordspellen en een praatje.", "elke vrijdag 14-16.30 uur" } };

	private static final String[][] GIFTS = { { "gave", "Ik kan goed koken, vooral voor grote groepen." },
			{ "spullen", "Ik heb een aanhanger die buren mogen lenen." },
			{ "vaardigheid", "Ik help graag met computers en telefoons." },
			{ "vaardigheid", "Ik kan fietsen repareren." }, { "gave", "Ik vertel graag verhalen aan kinderen." },
			{ "spullen", "Ik heb een boormachine en een ladder om uit te lenen." },
			{ "vaardigheid", "Ik spreek Arabisch en Nederlands en kan tolken." },
			{ "gave", "Ik kan goed luisteren en ga graag bij iemand op bezoek." },
			{ "vaardigheid", "Ik ben goed in tuinieren en snoeien." }, { "gave", "Ik speel gitaar en zing graag met anderen." },
			{ "vaardigheid", "Ik kan helpen met formulieren en brieven." },
			{ "spullen", "Ik heb een partytent en tafels voor een buurtfeest." } };

	private static final String[] FIRST_NAMES = { "Anouk", "Bram", "Fatima", "Henk", "Yusuf", "Ingrid", "Sanne",
			"Mohamed", "Els", "Kees", "Naima", "Joost" };

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final DemoResidents residents;

	DemoAssets(JdbcClient jdbc, TransactionTemplate transactions, DemoResidents residents,
			@Value("${speelveld.demo-data.load:true}") boolean enabled, @Value("${speelveld.command:}") String command) {
		// after the demo social map (phase 10), whose places the activities are at
		super(enabled, command, 11);
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.residents = residents;
	}

	@Override
	protected void load() {
		Integer written = this.transactions.execute(status -> {
			this.jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().singleRow();
			if (this.jdbc.sql("select exists (select 1 from smap_activity)").query(Boolean.class).single()) {
				return 0;
			}
			int count = 0;
			for (String gemeente : GEMEENTEN) {
				count += load(gemeente);
			}
			return count;
		});
		if (written != null && written > 0) {
			log.info("Loaded {} demo activities and gifts", written);
		}
	}

	private int load(String gemeente) {
		Random draw = new Random(gemeente.hashCode());
		List<Object[]> places = this.jdbc.sql("""
				select id, area_code, organisation_id from smap_place
				where area_key like ? and name like '%(demo)' order by id""")
			.param(gemeente.substring(2) + "%")
			.query((rs, n) -> new Object[] { rs.getObject("id", UUID.class), rs.getString("area_code"),
					rs.getObject("organisation_id", UUID.class) })
			.list();
		int count = 0;
		List<String> areas = new ArrayList<>();
		for (int i = 0; i < places.size(); i++) {
			Object[] place = places.get(i);
			if (!areas.contains((String) place[1])) {
				areas.add((String) place[1]);
			}
			if (i % 3 != 0) {
				continue;
			}
			String[] activity = ACTIVITIES[draw.nextInt(ACTIVITIES.length)];
			this.jdbc.sql("""
					insert into smap_activity (id, name, description, schedule, place_id, organisation_id, area_code,
					                           last_confirmed)
					values (?, ?, ?, ?, ?, ?, ?, current_date - ?)""")
				.params(UUID.randomUUID(), activity[0] + " (demo)", activity[1], activity[2], place[0], place[2], place[1],
						draw.nextInt(200))
				.update();
			count++;
		}
		// Gifts in the first areas with places: enough to see them, few enough to stay a sample.
		for (int r = 0; r < (areas.isEmpty() ? 0 : 12); r++) {
			String name = FIRST_NAMES[r % FIRST_NAMES.length] + " (demo)";
			UserId resident = this.residents.resident("demo-bewoner-" + gemeente.toLowerCase() + "-" + r + "@example.org",
					name);
			String[] gift = GIFTS[draw.nextInt(GIFTS.length)];
			this.jdbc.sql("""
					insert into smap_gift (id, user_id, text, kind, area_code, visibility, consented_at)
					values (?, ?, ?, ?, ?, ?, now())""")
				.params(UUID.randomUUID(), resident.value(), gift[1], gift[0], areas.get(r % areas.size()),
						r % 3 == 0 ? "public" : "professionals")
				.update();
			count++;
		}
		return count;
	}

}
