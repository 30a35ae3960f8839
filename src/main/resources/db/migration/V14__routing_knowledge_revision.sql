-- The revision of the knowledge: raised by every statement that changes it, so that each app node compiles
-- its indexes again only after a change (its own or another node's), not every few seconds.
create table routing_knowledge_revision (
	id boolean primary key default true check (id),
	revision bigint not null
);
insert into routing_knowledge_revision (id, revision) values (true, 0);

create function routing_raise_knowledge_revision() returns trigger language plpgsql as $$
begin
	update routing_knowledge_revision set revision = revision + 1;
	return null;
end;
$$;

create trigger routing_topic_revision after insert or update or delete on routing_topic
	for each statement execute function routing_raise_knowledge_revision();
create trigger routing_topic_role_revision after insert or update or delete on routing_topic_role
	for each statement execute function routing_raise_knowledge_revision();
create trigger routing_term_revision after insert or update or delete on routing_term
	for each statement execute function routing_raise_knowledge_revision();
create trigger routing_example_revision after insert or update or delete on routing_example
	for each statement execute function routing_raise_knowledge_revision();
create trigger routing_role_setting_revision after insert or update or delete on routing_role_setting
	for each statement execute function routing_raise_knowledge_revision();
create trigger routing_fallback_revision after insert or update or delete on routing_fallback
	for each statement execute function routing_raise_knowledge_revision();
