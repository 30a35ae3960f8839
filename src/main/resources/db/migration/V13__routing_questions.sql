-- Questions that residents leave with a professional through the wegwijzer, and what became of them.
--
-- Only what is needed is kept: the text, an address to write back to, the place and the role, and times.
-- The links the resident follows are never stored, only their SHA-256 hashes. Questions nobody confirmed are
-- deleted after two days. Once a question is closed, its text, the answers and notes and the address are
-- deleted after the retention period (at once when the resident withdraws it); the row stays without them,
-- with the role, the area, the times and the outcome, for response times and insights.
-- Text columns carry no checks on purpose: a failed check would quote the row, text and all, in the error.

create table routing_question (
	id uuid primary key,
	status varchar(16) not null check (status in ('unverified', 'delivered', 'accepted', 'answered', 'closed')),
	question text,
	email text,
	-- the language of the page the resident used, for the mail we send them
	language varchar(2) not null default 'nl',
	area_code varchar(16) not null,
	-- the post that holds the question now, and its role
	post_id uuid not null,
	role_code varchar(48) not null,
	created_at timestamptz not null default now(),
	-- when the post that holds it now received it; a hand-off starts the clock again
	delivered_at timestamptz,
	due_on date,
	responded_at timestamptz,
	-- the first response of any post, for the time to a first response
	first_response_at timestamptz,
	-- at most one reminder when the response is due and one when it is overdue, per post that holds it
	reminded_due_at timestamptz,
	reminded_overdue_at timestamptz,
	closed_at timestamptz,
	outcome varchar(16) check (outcome in ('helped', 'referred', 'no-response', 'not-for-us', 'withdrawn')),
	erased_at timestamptz
);
create index routing_question_by_post on routing_question (post_id, status);
create index routing_question_unverified on routing_question (created_at) where status = 'unverified';
create index routing_question_to_erase on routing_question (closed_at) where status = 'closed' and erased_at is null;
create index routing_question_waiting on routing_question (due_on) where status = 'delivered';

-- The links to a question's status page: the one in the first mail, and one in each mail after it, all
-- working until the question's data is deleted after the retention period.
create table routing_question_link (
	token_hash varchar(64) primary key,
	question_id uuid not null references routing_question (id) on delete cascade,
	created_at timestamptz not null default now()
);
create index routing_question_link_by_question on routing_question_link (question_id);

-- What happened to a question, step by step: the history on the resident's status page.
create table routing_question_step (
	id bigserial primary key,
	question_id uuid not null references routing_question (id) on delete cascade,
	at timestamptz not null default now(),
	kind varchar(16) not null check (kind in ('delivered', 'accepted', 'answered', 'handed-off', 'closed', 'withdrawn')),
	-- the post that took the step; for 'delivered' the post the question reached
	post_id uuid not null,
	role_code varchar(48) not null,
	to_post_id uuid,
	to_role_code varchar(48),
	outcome varchar(16),
	-- the answer, the hand-off note or the closing note: deleted with the question's text
	text text
);
create index routing_question_step_by_question on routing_question_step (question_id, id);

-- How many working days an organisation takes to give a first response; without a row, the default.
create table routing_response_term (
	organisation_id uuid primary key,
	working_days smallint not null check (working_days between 1 and 30),
	set_by uuid,
	set_at timestamptz not null default now()
);
