-- The revision of processes and budgeting rounds: one number, raised by every statement that changes a
-- process, its phases, a round, its categories or its projects, and visible together with the change when
-- it commits. Every page of a process reads the process and its round; they are kept until the revision
-- moves (see KeptByRevision), so that a voter's four requests do not read five tables each time.
create table participation_revision (
	id boolean primary key default true check (id),
	revision bigint not null
);
insert into participation_revision (id, revision) values (true, 0);

create function participation_raise_revision() returns trigger language plpgsql as $$
begin
	update participation_revision set revision = revision + 1;
	return null;
end;
$$;

-- Per statement, not per row: generating ten thousand projects raises the revision once per statement.
create trigger participation_process_revision after insert or update or delete or truncate on participation_process
	for each statement execute function participation_raise_revision();
create trigger participation_phase_revision after insert or update or delete or truncate on participation_phase
	for each statement execute function participation_raise_revision();
create trigger budget_round_revision after insert or update or delete or truncate on budget_round
	for each statement execute function participation_raise_revision();
create trigger budget_category_revision after insert or update or delete or truncate on budget_category
	for each statement execute function participation_raise_revision();
create trigger budget_project_revision after insert or update or delete or truncate on budget_project
	for each statement execute function participation_raise_revision();
