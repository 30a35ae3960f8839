package nl.speelveld.accounts.privacy;

import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Personal data is kept no longer than its retention period; the audit log changes only then. */
@SpeelveldTest
class RetentionTests {

	@Autowired
	Retention retention;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountsFixture fixture;

	@Test
	void removesAccountsWhoseSignInLinkWasNeverUsed() {
		UUID stale = UUID.randomUUID();
		UUID fresh = UUID.randomUUID();
		this.jdbc.sql("insert into acc_user (id, email, created_at) values (?, ?, now() - interval '8 days')")
			.params(stale, AccountsFixture.email("vergeten")).update();
		this.jdbc.sql("insert into acc_user (id, email) values (?, ?)").params(fresh, AccountsFixture.email("net")).update();
		var verified = this.fixture.person(AccountsFixture.email("actief"), "Actief");
		this.jdbc.sql("update acc_user set created_at = now() - interval '30 days' where id = ?").param(verified.value()).update();

		this.retention.removeUnverifiedAccounts();

		assertThat(exists("acc_user", stale)).isFalse();
		assertThat(exists("acc_user", fresh)).isTrue();
		assertThat(exists("acc_user", verified.value())).isTrue();
	}

	@Test
	void removesInvitationsLongAfterTheyEnded() {
		var organisation = this.fixture.organisation("Oud Werk", nl.speelveld.accounts.OrganisationType.VERENIGING, "GM0344");
		UUID old = UUID.randomUUID();
		this.jdbc.sql("""
				insert into acc_invitation (id, email, organisation_id, role, token_hash, expires_at)
				values (?, ?, ?, 'professional', ?, now() - interval '40 days')""")
			.params(old, AccountsFixture.email("te-laat"), organisation, UUID.randomUUID().toString()).update();

		this.retention.removeOldInvitations();

		assertThat(exists("acc_invitation", old)).isFalse();
	}

	@Test
	void theAuditLogCannotBeChangedButOldEntriesExpire() {
		this.jdbc.sql("insert into acc_audit (action, at) values ('test-old', now() - interval '800 days')").update();
		this.jdbc.sql("insert into acc_audit (action) values ('test-new')").update();

		assertThatThrownBy(() -> this.jdbc.sql("update acc_audit set action = 'vervalst' where action = 'test-new'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from acc_audit where action = 'test-new'").update())
			.hasMessageContaining("append-only");

		this.retention.removeOldAuditEntries();

		assertThat(count("select count(*) from acc_audit where action = 'test-old'")).isZero();
		assertThat(count("select count(*) from acc_audit where action = 'test-new'")).isEqualTo(1);
	}

	private boolean exists(String table, UUID id) {
		return count("select count(*) from " + table + " where id = '" + id + "'") > 0;
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
