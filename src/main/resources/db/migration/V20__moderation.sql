-- Reports and moderation of contributions to participation processes, and the secret that signs the time
-- a public form was shown (the guard against spam that replaces a captcha).

-- A resident reports a proposal, an argument or a comment: once per person per item, with a reason. The
-- report stays after a moderator handled it, with what they decided, so that moderation can be accounted for.
create table participation_report (
	id uuid primary key,
	content_kind varchar(8) not null check (content_kind in ('proposal', 'argument', 'comment')),
	content_id uuid not null,
	process_id uuid not null references participation_process (id) on delete cascade,
	-- the person who reported it; null once that account is erased
	reporter_id uuid,
	reason varchar(10) not null check (reason in ('spam', 'offensive', 'personal', 'off_topic', 'other')),
	-- what the reporter added in their own words, if anything
	note text,
	reported_at timestamptz not null default now(),
	-- what the moderator did: hid the item, or dismissed the reports
	handled varchar(9) check (handled in ('hidden', 'dismissed')),
	handled_by uuid,
	handled_at timestamptz
);
create unique index participation_report_once on participation_report (content_kind, content_id, reporter_id);
create index participation_report_open on participation_report (process_id, reported_at desc) where handled is null;
create index participation_report_by_reporter on participation_report (reporter_id);

-- What moderators did, for the trail that moderators and coordinators of an area read: who, when, what, why.
create table participation_moderation_action (
	id uuid primary key,
	at timestamptz not null default now(),
	moderator_id uuid,
	action varchar(9) not null check (action in ('approved', 'hidden', 'dismissed')),
	content_kind varchar(8) not null check (content_kind in ('proposal', 'argument', 'comment')),
	content_id uuid not null,
	process_id uuid not null references participation_process (id) on delete cascade,
	area_code varchar(16) not null,
	area_key varchar(14) generated always as (substr(area_code, 3)) stored,
	reason text
);
create index participation_moderation_action_by_area on participation_moderation_action (area_key text_pattern_ops, at desc);
create index participation_moderation_action_by_moderator on participation_moderation_action (moderator_id);

-- Held items per process for the queue: few rows, found through a partial index.
create index participation_proposal_held on participation_proposal (process_id) where moderation = 'held';
create index participation_argument_held on participation_argument (proposal_id) where moderation = 'held';
create index participation_comment_held on participation_comment (proposal_id) where moderation = 'held';

-- Secrets of this installation, made on first use and shared by every app node.
create table shared_secret (
	name varchar(40) primary key,
	value bytea not null,
	created_at timestamptz not null default now()
);
