-- Residents' initiatives, from idea to done, with the gemeente's local rules, supporters, the history of
-- every step, updates with photos, and the assets linked to them.
--
-- An initiative is public work: its title, plan and progress are shown to everybody. The people behind it
-- are not: the public sees the name the initiators chose for themselves (a group name such as
-- 'Bewoners van de Zwaluwstraat'); supporters' names only when they opt in.

-- The rules a gemeente sets for residents' initiatives; without a row, the defaults in the code.
create table initiative_rules (
	gemeente varchar(6) primary key,
	min_supporters smallint not null check (min_supporters between 0 and 500),
	lead_weeks smallint not null check (lead_weeks between 0 and 52),
	answer_days smallint not null check (answer_days between 1 and 90),
	max_amount integer not null check (max_amount between 0 and 1000000),
	-- what an initiative must be, each a sentence the initiator confirms when submitting
	criteria text[] not null default '{}',
	set_by uuid,
	set_at timestamptz not null default now()
);

create table initiative (
	id uuid primary key,
	status varchar(12) not null check (status in ('idea', 'submitted', 'intake', 'plan', 'supported', 'declined',
		'running', 'done', 'stopped')),
	title text not null,
	summary text not null,
	-- the name the initiators appear under in public
	initiator_name text not null,
	-- the account that started it; null once that account is erased (the initiative stays, anonymous)
	initiator_id uuid,
	-- the finest area of the place, and where it is on the map (PC4 centre or the point the initiator chose)
	area_code varchar(16) not null,
	area_key varchar(14) generated always as (substr(area_code, 3)) stored,
	gemeente varchar(6) not null,
	lat double precision not null check (lat between -90 and 90),
	lon double precision not null check (lon between -180 and 180),
	starts_on date,
	-- the plan
	goal text not null default '',
	activities text not null default '',
	support_needed varchar(16)[] not null default '{}',
	-- the professional who took it in, and the post they took it in from
	taken_by uuid,
	taken_post uuid,
	-- the decision on support
	granted_amount integer,
	decided_by uuid,
	-- the outcome
	outcome text,
	evaluation_liveability text,
	evaluation_cohesion text,
	participants integer,
	stop_reason text,
	supporters integer not null default 0,
	-- by when the gemeente answers: set on submission from the rules
	answer_due date,
	reminded_due_at timestamptz,
	reminded_overdue_at timestamptz,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	search tsvector generated always as (to_tsvector('dutch', title || ' ' || summary || ' ' || goal)) stored
);
-- the area list: newest first within an area and its parts, optionally by status
create index initiative_by_area on initiative (area_key text_pattern_ops, updated_at desc, id);
create index initiative_by_area_status on initiative (status, area_key text_pattern_ops, updated_at desc, id);
create index initiative_by_position on initiative (lat, lon);
create index initiative_search on initiative using gin (search);
create index initiative_by_initiator on initiative (initiator_id);
create index initiative_by_taker on initiative (taken_by);
create index initiative_waiting on initiative (answer_due) where status in ('submitted', 'intake', 'plan');

create table initiative_budget_line (
	initiative_id uuid not null references initiative (id) on delete cascade,
	position smallint not null,
	description text not null,
	amount integer not null check (amount between 0 and 1000000),
	primary key (initiative_id, position)
);

-- One row per supporter: the primary key makes a second support of the same resident count for nothing.
create table initiative_supporter (
	initiative_id uuid not null references initiative (id) on delete cascade,
	user_id uuid not null,
	show_name boolean not null default false,
	supported_at timestamptz not null default now(),
	primary key (initiative_id, user_id)
);
create index initiative_supporter_by_user on initiative_supporter (user_id);

-- Every step in the life of an initiative, for the history on its page.
create table initiative_step (
	id bigserial primary key,
	initiative_id uuid not null references initiative (id) on delete cascade,
	at timestamptz not null default now(),
	kind varchar(16) not null,
	from_status varchar(12),
	to_status varchar(12) not null,
	-- who took the step: the initiator, a professional or a coordinator (the account is not shown)
	actor_role varchar(16) not null check (actor_role in ('initiator', 'guide', 'professional', 'coordinator', 'system')),
	actor_id uuid,
	-- reasons for a decision or a stop, the intake note
	text text
);
create index initiative_step_by_initiative on initiative_step (initiative_id, id);

-- News while it runs, optionally with one photo (re-encoded on upload, so no camera or location data remain).
create table initiative_update (
	id uuid primary key,
	initiative_id uuid not null references initiative (id) on delete cascade,
	at timestamptz not null default now(),
	author_role varchar(16) not null,
	author_id uuid,
	text text not null,
	photo bytea,
	photo_type varchar(16),
	photo_alt text
);
create index initiative_update_by_initiative on initiative_update (initiative_id, at);

-- Assets of the neighbourhood the initiative uses: a place, an organisation, an activity.
create table initiative_asset (
	initiative_id uuid not null references initiative (id) on delete cascade,
	kind varchar(16) not null,
	asset_id uuid not null,
	linked_at timestamptz not null default now(),
	primary key (initiative_id, kind, asset_id)
);
