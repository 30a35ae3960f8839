-- Keeping the social map current: owners are mailed when their entries are due for confirmation, with a
-- link that confirms them. One reminder is one mail to one owner; its entries say which entries it was
-- about and on which last-confirmed date, so that a reminder belongs to one round of one entry: once the
-- entry is confirmed again, its last_confirmed changes and a new round starts.
-- The link's token is never stored, only its SHA-256 hash.

create table smap_reminder (
	id uuid primary key,
	owner_id uuid not null,
	-- first: when the entry falls due; second: halfway through the grace period; again: asked by a coordinator
	round varchar(8) not null check (round in ('first', 'second', 'again')),
	token_hash varchar(64) not null unique,
	sent_at timestamptz not null default now(),
	-- the coordinator who asked for it, for round 'again'
	sent_by uuid,
	valid_until date not null,
	used_at timestamptz
);
create index smap_reminder_by_owner on smap_reminder (owner_id);
create index smap_reminder_by_sender on smap_reminder (sent_by);

create table smap_reminder_entry (
	reminder_id uuid not null references smap_reminder (id) on delete cascade,
	entry_kind varchar(16) not null check (entry_kind in ('post', 'service', 'place', 'organisation')),
	entry_id uuid not null,
	-- the entry's last_confirmed when the reminder went out: the round it belongs to
	confirmed_as_of date not null,
	-- as for smap_reminder, or 'along': listed because another entry of the same owner needed a reminder
	round varchar(8) not null check (round in ('first', 'second', 'again', 'along')),
	primary key (reminder_id, entry_kind, entry_id)
);
-- The daily job sends each round's first and second reminder once, even if two runs overlapped.
create unique index smap_reminder_entry_once_per_round on smap_reminder_entry (entry_kind, entry_id, confirmed_as_of, round)
	where round in ('first', 'second');
create index smap_reminder_entry_by_entry on smap_reminder_entry (entry_kind, entry_id, confirmed_as_of);

-- Finding entries due for confirmation without reading every row.
create index smap_post_by_last_confirmed on smap_post (last_confirmed);
create index smap_service_by_last_confirmed on smap_service (last_confirmed);
create index smap_place_by_last_confirmed on smap_place (last_confirmed);
create index smap_organisation_by_last_confirmed on smap_organisation (last_confirmed);
