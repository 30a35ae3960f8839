-- Notifications reach people as one digest mail per day or week, never as a mail per event.

-- What happened that a person should hear about, kept until their next digest. The text is a message key with
-- its arguments, so that it is written in the language the person reads at the time the digest goes out.
create table acc_notice (
	id uuid primary key,
	recipient_id uuid not null references acc_user (id) on delete cascade,
	topic text not null,
	message_key text not null,
	arguments text[] not null,
	link text,
	occurred_at timestamptz not null,
	sent_at timestamptz
);
create index acc_notice_pending on acc_notice (recipient_id) where sent_at is null;
create index acc_notice_sent on acc_notice (sent_at) where sent_at is not null;

-- How often a person wants a digest; without a row, daily.
create table acc_notice_preference (
	user_id uuid primary key references acc_user (id) on delete cascade,
	cadence text not null check (cadence in ('daily', 'weekly', 'none')),
	changed_at timestamptz not null default now()
);

-- One digest per person per day at most: a second run on the same day (a retry, another node) finds the row.
create table acc_digest (
	user_id uuid not null references acc_user (id) on delete cascade,
	sent_on date not null,
	notices int not null,
	primary key (user_id, sent_on)
);
create index acc_digest_sent_on on acc_digest (sent_on);
