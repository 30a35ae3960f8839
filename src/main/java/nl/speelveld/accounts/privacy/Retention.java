package nl.speelveld.accounts.privacy;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import nl.speelveld.accounts.audit.AuditLog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps personal data no longer than needed: accounts whose sign-in link was never used, invitations
 * nobody took up, expired sign-in tokens, and audit entries past their retention period. Runs every hour
 * on one app node.
 */
@Component
public class Retention {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Duration unverifiedAccounts;

	private final Duration invitations;

	private final Duration auditLog;

	Retention(JdbcClient jdbc, AuditLog audit,
			@Value("${speelveld.retention.unverified-accounts:P7D}") Duration unverifiedAccounts,
			@Value("${speelveld.retention.invitations:P30D}") Duration invitations,
			@Value("${speelveld.retention.audit-log:P730D}") Duration auditLog) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.unverifiedAccounts = unverifiedAccounts;
		this.invitations = invitations;
		this.auditLog = auditLog;
	}

	/** Accounts opened by a sign-in link request that was never followed: nobody proved the address. */
	@Transactional
	public int removeUnverifiedAccounts() {
		return this.jdbc.sql("""
				delete from acc_user u where u.email_verified_at is null and u.last_sign_in_at is null
				  and u.erased_at is null and u.created_at < now() - cast(? as interval)
				  and not exists (select 1 from acc_grant g where g.user_id = u.id)
				  and not exists (select 1 from acc_audit a where a.actor_id = u.id)""")
			.param(interval(this.unverifiedAccounts))
			.update();
	}

	@Transactional
	public int removeOldInvitations() {
		return this.jdbc.sql("delete from acc_invitation where coalesce(accepted_at, expires_at) < now() - cast(? as interval)")
			.param(interval(this.invitations))
			.update();
	}

	@Transactional
	public int removeExpiredSignInTokens() {
		return this.jdbc.sql("delete from one_time_tokens where expires_at < now() at time zone 'utc'").update();
	}

	@Transactional
	public int removeOldAuditEntries() {
		return this.audit.removeOlderThan(this.auditLog);
	}

	private static String interval(Duration duration) {
		return duration.toSeconds() + " seconds";
	}

	@Configuration(proxyBeanMethods = false)
	static class Jobs {

		@Bean
		RecurringTask<Void> accountRetentionJob(Retention retention) {
			return Tasks.recurring("account-retention", FixedDelay.of(Duration.ofHours(1))).execute((instance, context) -> {
				retention.removeUnverifiedAccounts();
				retention.removeOldInvitations();
				retention.removeExpiredSignInTokens();
				retention.removeOldAuditEntries();
			});
		}

	}

}
