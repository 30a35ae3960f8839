-- The revision of each process's proposals: raised by every statement that adds, changes (supporters, an
-- answer, moderation, an author's erased name) or removes proposals of the process, and visible together with
-- the change when it commits. Pages of the public list are kept until it moves (see ProposalList), so that
-- the hundreds who open the same list at once do not count and page through the same index each time; a
-- support in one process leaves the pages of the others kept. No foreign key: a process removed takes its
-- proposals with it, and the last raise comes after the process is gone.
create table participation_proposal_revision (
	process_id uuid primary key,
	revision bigint not null
);

create function participation_raise_proposal_revision() returns trigger language plpgsql as $$
begin
	insert into participation_proposal_revision as r (process_id, revision)
		select distinct process_id, 1 from changed
	on conflict (process_id) do update set revision = r.revision + 1;
	return null;
end;
$$;

create function participation_raise_all_proposal_revisions() returns trigger language plpgsql as $$
begin
	update participation_proposal_revision set revision = revision + 1;
	return null;
end;
$$;

-- Per statement, with the rows it changed: generating ten thousand proposals raises their process's once.
create trigger participation_proposal_inserted after insert on participation_proposal
	referencing new table as changed for each statement execute function participation_raise_proposal_revision();
create trigger participation_proposal_updated after update on participation_proposal
	referencing new table as changed for each statement execute function participation_raise_proposal_revision();
create trigger participation_proposal_deleted after delete on participation_proposal
	referencing old table as changed for each statement execute function participation_raise_proposal_revision();
create trigger participation_proposal_truncated after truncate on participation_proposal
	for each statement execute function participation_raise_all_proposal_revisions();
