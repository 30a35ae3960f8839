-- Surveys and meetings, two components of a participation process.

-- A survey of a process: its own questions, or the liveability template (the 14 Place Standard themes,
-- scored 1 to 7), whose answers are added up per area.
create table participation_survey (
	id uuid primary key,
	process_id uuid not null references participation_process (id) on delete cascade,
	title text not null,
	intro text not null default '',
	template varchar(12) check (template in ('liveability')),
	created_by uuid,
	created_at timestamptz not null default now()
);
create index participation_survey_by_process on participation_survey (process_id, created_at);
create index participation_survey_by_template on participation_survey (template, process_id) where template is not null;

-- A question, in the order of its position. Positions are never renumbered: answers point at them, and a
-- survey with answers does not change.
create table participation_survey_question (
	survey_id uuid not null references participation_survey (id) on delete cascade,
	position smallint not null check (position >= 0),
	kind varchar(8) not null check (kind in ('scale', 'single', 'multiple', 'open')),
	text text not null,
	-- the theme of a liveability question, so that areas can add up the same theme across surveys
	theme varchar(24),
	low_label text,
	high_label text,
	options text[] not null default '{}',
	required boolean not null,
	primary key (survey_id, position)
);

-- One response per person per survey. The person is unique per survey rather than part of the primary
-- key: an erased account leaves its response counted, without anyone behind it (account_id null).
create table participation_survey_response (
	id uuid primary key,
	survey_id uuid not null references participation_survey (id) on delete cascade,
	account_id uuid,
	answered_at timestamptz not null default now(),
	unique (survey_id, account_id)
);
create index participation_survey_response_by_account on participation_survey_response (account_id);

-- An answer: a score of 1 to 7, the numbers of the chosen options (from 0), or a short text.
create table participation_survey_answer (
	response_id uuid not null references participation_survey_response (id) on delete cascade,
	survey_id uuid not null,
	position smallint not null,
	score smallint check (score between 1 and 7),
	choices smallint[],
	text text,
	primary key (response_id, position),
	foreign key (survey_id, position) references participation_survey_question (survey_id, position) on delete cascade
);
create index participation_survey_answer_by_question on participation_survey_answer (survey_id, position);

-- A meeting of a process, at a public venue or online, with an optional number of places.
create table participation_meeting (
	id uuid primary key,
	process_id uuid not null references participation_process (id) on delete cascade,
	title text not null,
	agenda text not null default '',
	venue_name text,
	venue_address text,
	online_link text,
	starts_at timestamptz not null,
	ends_at timestamptz not null,
	capacity integer check (capacity > 0),
	registered integer not null default 0 check (registered >= 0),
	-- what happened, written by the owner afterwards
	report text,
	reported_at timestamptz,
	created_by uuid,
	created_at timestamptz not null default now(),
	check (ends_at > starts_at),
	check ((online_link is null) <> (venue_name is null)),
	check (capacity is null or registered <= capacity)
);
create index participation_meeting_by_process on participation_meeting (process_id, starts_at);

create table participation_meeting_registration (
	meeting_id uuid not null references participation_meeting (id) on delete cascade,
	account_id uuid not null,
	registered_at timestamptz not null default now(),
	primary key (meeting_id, account_id)
);
create index participation_meeting_registration_by_account on participation_meeting_registration (account_id);
