-- Proposals in a participation process: who supports them (one support per resident, counted in the
-- proposal's own column), the photos that come with them, and the order by support that the list offers.

create table participation_proposal_supporter (
	proposal_id uuid not null references participation_proposal (id) on delete cascade,
	account_id uuid not null,
	supported_at timestamptz not null default now(),
	primary key (proposal_id, account_id)
);
create index participation_proposal_supporter_by_account on participation_proposal_supporter (account_id);

-- A photo with a proposal, redrawn as a JPEG so that nothing of the upload remains, with its description.
create table participation_proposal_image (
	proposal_id uuid not null references participation_proposal (id) on delete cascade,
	position smallint not null check (position between 1 and 3),
	jpeg bytea not null,
	alt text not null,
	primary key (proposal_id, position)
);

-- The list sorted by most supported walks this index, as the newest-first order walks participation_proposal_by_process.
create index participation_proposal_by_support on participation_proposal (process_id, moderation, supporters desc, created_at desc, id);
