-- The uitdaagrecht (right to challenge): residents or a local organisation ask to take over a municipal
-- task with its budget; the gemeente assesses the request against its criteria and decides within its
-- period. Every request is public from its submission on (the register), except who asked and how to
-- reach them: that is for the gemeente only.

-- A gemeente's rules for the uitdaagrecht; a gemeente without a row has the standard rules.
create table challenge_rules (
	gemeente varchar(6) primary key,
	-- within how many weeks after the submission the gemeente decides
	decision_weeks smallint not null check (decision_weeks between 1 and 52),
	-- a few sentences on the gemeente's participatieverordening: where it is, what it says on the uitdaagrecht
	regulation text not null default '',
	set_by uuid,
	set_at timestamptz not null default now()
);

-- The criteria a request is assessed against, in their order.
create table challenge_rule_criterion (
	gemeente varchar(6) not null references challenge_rules (gemeente) on delete cascade,
	position smallint not null check (position >= 0),
	name text not null,
	explanation text not null,
	primary key (gemeente, position)
);

create table challenge (
	id uuid primary key,
	status varchar(10) not null check (status in ('submitted', 'assessing', 'assessed', 'granted', 'partly',
		'rejected', 'executing', 'evaluated', 'withdrawn')),
	area_code varchar(16) not null,
	area_key varchar(14) generated always as (substr(area_code, 3)) stored,
	gemeente varchar(6) not null,
	-- the municipal task the group wants to take over, and its kind for the yearly report
	task text not null,
	domain varchar(12) not null check (domain in ('green', 'building', 'transport', 'care', 'sport', 'youth',
		'other')),
	-- the group or organisation that asks: public
	group_name text not null,
	-- the account that asked; null once that account is erased (the request stays in the register)
	requester_id uuid,
	-- how the gemeente reaches the group: never public, gone when the account is erased
	contact_name text,
	contact_email text,
	contact_phone text,
	-- what the group will do differently and better
	plan text not null,
	budget_asked integer not null check (budget_asked >= 0),
	-- what the gemeente spends on the task now, when the group knows
	budget_current integer check (budget_current >= 0),
	supporters_people integer not null check (supporters_people >= 0),
	supporters_organisations integer not null check (supporters_organisations >= 0),
	support_note text not null default '',
	submitted_at timestamptz not null default now(),
	decision_due date not null,
	taken_by uuid,
	-- the decision stays when the status moves on to the execution and the evaluation
	decision varchar(8) check (decision in ('granted', 'partly', 'rejected')),
	decision_reasons text,
	decided_at timestamptz,
	decided_by uuid,
	evaluation text,
	withdraw_reason text,
	updated_at timestamptz not null default now()
);
create index challenge_by_area on challenge (area_key text_pattern_ops, submitted_at desc);
create index challenge_by_gemeente on challenge (gemeente, submitted_at desc);
create index challenge_by_submitted on challenge (submitted_at desc, id);
create index challenge_by_requester on challenge (requester_id);
create index challenge_open_by_due on challenge (decision_due) where status in ('submitted', 'assessing', 'assessed');

-- The gemeente's criteria as they were when the request came in, with the verdict and note per criterion
-- once assessed: a later change of the criteria does not rewrite an assessment.
create table challenge_assessment (
	challenge_id uuid not null references challenge (id) on delete cascade,
	position smallint not null check (position >= 0),
	name text not null,
	explanation text not null,
	verdict varchar(8) check (verdict in ('met', 'partly', 'not_met')),
	note text,
	primary key (challenge_id, position)
);

-- Every step of a request, for the history on its page: by role (the group, the gemeente), never by name.
create table challenge_step (
	id bigserial primary key,
	challenge_id uuid not null references challenge (id) on delete cascade,
	at timestamptz not null default now(),
	kind varchar(10) not null,
	from_status varchar(10),
	to_status varchar(10) not null,
	actor_role varchar(10) not null check (actor_role in ('requester', 'gemeente')),
	actor_id uuid,
	text text
);
create index challenge_step_by_challenge on challenge_step (challenge_id, id);
create index challenge_step_by_actor on challenge_step (actor_id);
