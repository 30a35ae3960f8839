-- Participation processes: a question to residents of an area, an honest rung on the participation ladder,
-- a legal basis, phases with dates, an owner who answers for it, and documents. Components (proposals,
-- surveys, meetings, budgeting) hang under a process; proposals are here because arguments, comments,
-- moderation and accountability all point at them.

create table participation_process (
	id uuid primary key,
	area_code varchar(16) not null,
	area_key varchar(14) generated always as (substr(area_code, 3)) stored,
	gemeente varchar(6) not null,
	title text not null,
	-- the question residents are asked, in one sentence
	question text not null,
	description text not null default '',
	rung varchar(12) not null check (rung in ('informeren', 'raadplegen', 'adviseren', 'coproduceren',
		'meebeslissen', 'zelfbeheer')),
	-- what residents' input decides here, said plainly: the honest part of the rung
	influence text not null,
	legal_basis varchar(24) not null check (legal_basis in ('omgevingswet', 'participatieverordening',
		'uitdaagrecht', 'vrijwillig')),
	-- who answers for the process in public (a department or team), and the account that runs it
	owner_name text not null,
	owner_id uuid,
	eligibility varchar(16) not null check (eligibility in ('signed_in', 'area_residents')),
	-- which contributions a moderator sees before the public does: none, those of newcomers, or all
	premoderation varchar(10) not null default 'newcomers' check (premoderation in ('none', 'newcomers', 'all')),
	components varchar(16)[] not null default '{}',
	status varchar(8) not null check (status in ('draft', 'open', 'closed')),
	-- the position of the phase running now; null while a draft
	current_phase smallint,
	-- what happened with residents' input, written by the owner when the process ends
	report text,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);
create index participation_process_by_area on participation_process (area_key text_pattern_ops, status, updated_at desc);
create index participation_process_by_gemeente on participation_process (gemeente, updated_at desc);

create table participation_phase (
	process_id uuid not null references participation_process (id) on delete cascade,
	position smallint not null check (position >= 0),
	kind varchar(12) not null check (kind in ('information', 'proposals', 'discussion', 'survey', 'assessment',
		'voting', 'reporting')),
	title text not null,
	description text not null default '',
	starts_on date not null,
	ends_on date not null,
	check (ends_on >= starts_on),
	primary key (process_id, position)
);

-- A phase change or a closing, for the history on the process page.
create table participation_process_step (
	process_id uuid not null references participation_process (id) on delete cascade,
	at timestamptz not null default now(),
	phase smallint,
	status varchar(8) not null,
	by_id uuid
);
create index participation_process_step_by_process on participation_process_step (process_id, at);

-- A document that belongs to a process: a link, or a PDF kept here.
create table participation_document (
	id uuid primary key,
	process_id uuid not null references participation_process (id) on delete cascade,
	title text not null,
	url text,
	media_type varchar(40),
	content bytea,
	size_bytes integer,
	added_at timestamptz not null default now(),
	check ((url is null) <> (content is null))
);
create index participation_document_by_process on participation_document (process_id, added_at);

-- Where a participant says they live, for a process open only to residents of its area: the PC4 that was
-- checked to lie inside the area. Kept per process, and nothing finer than a PC4.
create table participation_residency (
	process_id uuid not null references participation_process (id) on delete cascade,
	account_id uuid not null,
	postcode varchar(4) not null,
	declared_at timestamptz not null default now(),
	primary key (process_id, account_id)
);
create index participation_residency_by_account on participation_residency (account_id);

-- Moderation, the same on every contribution: visible, held for a moderator before it shows, or hidden
-- by a moderator with a reason that is shown in its place.

-- A resident's proposal within a process, with a place on the map and a visible outcome.
create table participation_proposal (
	id uuid primary key,
	process_id uuid not null references participation_process (id) on delete cascade,
	-- the account that wrote it; null once that account is erased (the proposal stays, anonymous)
	author_id uuid,
	-- the name the author chose to appear under in public
	author_name text not null,
	title text not null,
	body text not null,
	area_code varchar(16),
	lat double precision check (lat between -90 and 90),
	lon double precision check (lon between -180 and 180),
	supporters integer not null default 0,
	moderation varchar(8) not null default 'visible' check (moderation in ('visible', 'held', 'hidden')),
	moderation_reason text,
	-- the answer of the process owner: what happened with it and why
	outcome varchar(12) check (outcome in ('adopted', 'partly', 'not_adopted', 'council')),
	outcome_reason text,
	council_decision text,
	answered_at timestamptz,
	answered_by uuid,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	search tsvector generated always as (to_tsvector('dutch', title || ' ' || body)) stored,
	check ((lat is null) = (lon is null))
);
create index participation_proposal_by_process on participation_proposal (process_id, moderation, created_at desc, id);
create index participation_proposal_by_author on participation_proposal (author_id);
create index participation_proposal_search on participation_proposal using gin (search);

-- An argument for or against a proposal.
create table participation_argument (
	id uuid primary key,
	proposal_id uuid not null references participation_proposal (id) on delete cascade,
	author_id uuid,
	author_name text not null,
	side varchar(7) not null check (side in ('for', 'against')),
	body text not null,
	moderation varchar(8) not null default 'visible' check (moderation in ('visible', 'held', 'hidden')),
	moderation_reason text,
	created_at timestamptz not null default now()
);
create index participation_argument_by_proposal on participation_argument (proposal_id, created_at);
create index participation_argument_by_author on participation_argument (author_id);

-- A comment on a proposal, or a reply to another comment on it.
create table participation_comment (
	id uuid primary key,
	proposal_id uuid not null references participation_proposal (id) on delete cascade,
	parent_id uuid references participation_comment (id) on delete cascade,
	author_id uuid,
	author_name text not null,
	body text not null,
	moderation varchar(8) not null default 'visible' check (moderation in ('visible', 'held', 'hidden')),
	moderation_reason text,
	created_at timestamptz not null default now()
);
create index participation_comment_by_proposal on participation_comment (proposal_id, created_at);
create index participation_comment_by_author on participation_comment (author_id);
