package nl.speelveld.initiatives.demo;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import nl.speelveld.SpeelveldTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpeelveldTest
class SyntheticInitiativesTests {

	private static final String SYNTHETIC = "%" + SyntheticInitiatives.SYNTHETIC_MARK;

	@Autowired
	SyntheticInitiatives generator;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	/** Other tests count initiatives in their areas: the synthetic ones go again. */
	@AfterEach
	void removeSynthetic() {
		this.jdbc.sql("delete from initiative where initiator_name like ?").param(SYNTHETIC).update();
	}

	@Test
	void spreadsInitiativesOverTheCountryInEveryStatusAndReplacesAnEarlierRun() {
		Country country = this.generator.country();
		assertThat(country.places()).hasSizeGreaterThan(3000);

		this.generator.replace(country, 3000, 7, Instant.parse("2026-01-01T12:00:00Z"));
		int written = this.generator.replace(country, 2000, 7, Instant.parse("2026-01-01T12:00:00Z"));

		assertThat(written).isEqualTo(2000);
		assertThat(count("select count(*) from initiative where initiator_name like ?")).isEqualTo(2000);
		assertThat(count("select count(distinct status) from initiative where initiator_name like ?")).isEqualTo(9);
		assertThat(count("select count(distinct gemeente) from initiative where initiator_name like ?"))
			.isGreaterThan(250);
		// in proportion to inhabitants: Amsterdam has many more than Vlieland
		assertThat(count("select count(*) from initiative where initiator_name like ? and gemeente = 'GM0363'"))
			.isBetween(60L, 150L);
		assertThat(count("select count(*) from initiative where initiator_name like ? and gemeente = 'GM0096'"))
			.isLessThan(3L);
		assertThat(count("""
				select count(*) from initiative where initiator_name like ?
				and (substr(area_code, 3, 4) <> substr(gemeente, 3, 4) or title = '' or lat not between 50.7 and 53.7 or lon not between 3.2 and 7.3)"""))
			.isZero();
	}

	@Test
	void theCommandRefusesUnknownOptions() {
		var command = new InitiativeGenerateCommand(this.generator, this.messages);
		var err = new ByteArrayOutputStream();
		command.printTo(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(command.execute(List.of("generate", "initiatives", "--count", "veel"))).isEqualTo(2);
		assertThat(command.execute(List.of("generate", "initiatives", "--people", "5"))).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("generate initiatives [--count 200000]");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).param(SYNTHETIC).query(Long.class).single();
	}

}
