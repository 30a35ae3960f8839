-- Participatory budgeting rounds: a process's budget, its projects, the ballots and the letter codes that
-- let a household vote once. Ballots carry no person: a voter is known to the ballot table only by a key
-- that the app derives from the letter code or the account with a secret of the installation, so that the
-- database alone never tells how someone voted.

create table budget_round (
	process_id uuid primary key references participation_process (id) on delete cascade,
	budget bigint not null check (budget > 0),
	ballot_type varchar(12) not null check (ballot_type in ('approval', 'knapsack', 'choose-one')),
	rule varchar(15) not null check (rule in ('greedy', 'equal-shares')),
	max_choices integer check (max_choices > 0),
	verification varchar(12) not null check (verification in ('letter-code', 'account')),
	changeable boolean not null default true,
	updated_at timestamptz not null default now()
);

create table budget_category (
	process_id uuid not null references budget_round (process_id) on delete cascade,
	name varchar(60) not null,
	spending_limit bigint check (spending_limit > 0),
	primary key (process_id, name)
);

create table budget_project (
	id uuid primary key,
	process_id uuid not null references budget_round (process_id) on delete cascade,
	position integer not null,
	title varchar(150) not null,
	description varchar(2000) not null default '',
	cost bigint not null check (cost > 0),
	category varchar(60),
	proposal_id uuid references participation_proposal (id) on delete set null,
	progress varchar(10) check (progress in ('planned', 'underway', 'done', 'dropped')),
	unique (process_id, position)
);

-- What happened with a funded project after the vote, for everyone to follow.
create table budget_project_update (
	id uuid primary key,
	project_id uuid not null references budget_project (id) on delete cascade,
	progress varchar(10) not null check (progress in ('planned', 'underway', 'done', 'dropped')),
	text varchar(2000) not null,
	written_at timestamptz not null default now(),
	written_by uuid
);

create index budget_project_update_by_project on budget_project_update (project_id, written_at);

-- Only the keyed hash of a letter code is kept; the codes themselves leave the system once, in the mailing.
create table budget_letter_code (
	process_id uuid not null references budget_round (process_id) on delete cascade,
	code_hash bytea not null,
	batch integer not null,
	primary key (process_id, code_hash)
);

create table budget_ballot (
	process_id uuid not null references budget_round (process_id) on delete cascade,
	voter_key bytea not null,
	projects integer[] not null,
	primary key (process_id, voter_key)
);
