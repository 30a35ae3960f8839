-- The revision of the social map: one number, raised by every statement that changes posts, their areas or
-- organisations, and visible together with the change when it commits. Overviews counted over all posts
-- (the verkenning of the playing field) keep their result until the revision moves, so that a page over
-- tens of thousands of posts does not count them again for every visitor.
create table smap_revision (
	id boolean primary key default true check (id),
	revision bigint not null
);
insert into smap_revision (id, revision) values (true, 0);

create function smap_raise_revision() returns trigger language plpgsql as $$
begin
	update smap_revision set revision = revision + 1;
	return null;
end;
$$;

-- Per statement, not per row: a bulk load raises the revision once.
create trigger smap_post_revision after insert or update or delete or truncate on smap_post
	for each statement execute function smap_raise_revision();
create trigger smap_post_area_revision after insert or update or delete or truncate on smap_post_area
	for each statement execute function smap_raise_revision();
create trigger smap_organisation_revision after insert or update or delete or truncate on smap_organisation
	for each statement execute function smap_raise_revision();
