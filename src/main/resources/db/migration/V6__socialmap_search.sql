-- Search over the social map: Dutch full text over posts, organisations, services and places.
--
-- Each of the four tables carries two search documents (tsvectors), each with a GIN index: search_name holds
-- what names the thing (a name, a post's title, its role type's names and local job titles, the professional's
-- name) and search_document holds everything, weighted so that a hit on a name (A) ranks above one on a role
-- theme or employer (B), a description (C) or an address (D). Search looks in both: names first, so that the
-- best hits are never lost when a common word matches thousands of descriptions.
--
-- Organisations and places are documented from their own columns only, so their documents are generated
-- columns and can never go stale. A post's documents also hold its role type's names and local job titles,
-- its focus themes, its employer's name and the public name of the professional; a service's document holds
-- its organisation's name and its focus themes. Those come from other tables, so triggers keep them: one on
-- the row itself, and one on each table it borrows from (a renamed organisation, a new alias for a role
-- type), which rewrites the documents that borrowed from the changed row.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- Dutch stemming after removing accents, so that ideeenmakelaar finds ideeënmakelaar and back. A hyphenated
-- word is indexed by its parts only, not also as a whole: the whole would take a position of its own and
-- break phrases ("wijkagent overvecht" in Wijkagent Overvecht-Noord), and sociaal-makelaar then matches
-- sociaal makelaar both ways.
create text search configuration speelveld_nl (copy = pg_catalog.dutch);
alter text search configuration speelveld_nl
	alter mapping for asciiword, hword_asciipart, word, hword_part with unaccent, dutch_stem;
alter text search configuration speelveld_nl drop mapping for asciihword, hword, numhword;

-- The words that occur in the documents, as written (lower case), for suggestions when a word finds nothing
-- as typed: plain is the word without accents, which trigrams compare, and lexeme the form the index holds,
-- which tells whether a typed word occurs at all. Rows are added as texts are written; words that no
-- document holds any more are removed by a recurring job (smap_search_prune_words).
create table smap_search_word (
	word text primary key,
	plain text not null,
	lexeme text not null
);
create index smap_search_word_trigrams on smap_search_word using gin (plain gin_trgm_ops);
create index smap_search_word_by_lexeme on smap_search_word (lexeme text_pattern_ops);

create function smap_search_learn(body text) returns void language sql volatile as $$
	insert into smap_search_word (word, plain, lexeme)
	select word, unaccent(word), lexeme
	from (select distinct lower(token) as word
			from ts_parse('default', coalesce(body, ''))
			-- asciiword, word, hword_part and hword_asciipart: words of letters only
			where tokid in (1, 2, 10, 11) and length(token) between 3 and 60) words,
		lateral (select (tsvector_to_array(to_tsvector('speelveld_nl', word)))[1] as lexeme) stems
	where lexeme is not null
	on conflict (word) do nothing
$$;

-- The visitor's words as a query, read as a web search engine reads them (quotes, or, a minus to leave
-- out); the lexemes in prefixes match as the start of longer words (jongerenwerk finds jongerenwerker).
create function smap_search_query(words text, prefixes text[]) returns tsquery language plpgsql stable as $$
declare
	parsed text := websearch_to_tsquery('speelveld_nl', words)::text;
	prefix text;
begin
	foreach prefix in array prefixes loop
		parsed := replace(parsed, quote_literal(prefix), quote_literal(prefix) || ':*');
	end loop;
	return parsed::tsquery;
end $$;

-- Organisations and places: their own columns only.

alter table smap_organisation add column search_name tsvector generated always as (
	to_tsvector('speelveld_nl', name)) stored;
alter table smap_organisation add column search_document tsvector generated always as (
	setweight(to_tsvector('speelveld_nl', name), 'A')
	|| setweight(to_tsvector('speelveld_nl', replace(type, '-', ' ') || ' ' || coalesce(city, '')), 'B')
	|| setweight(to_tsvector('speelveld_nl', description), 'C')
	|| setweight(to_tsvector('speelveld_nl', coalesce(street, '') || ' ' || coalesce(postcode, '')), 'D')) stored;
create index smap_organisation_search_name on smap_organisation using gin (search_name);
create index smap_organisation_search on smap_organisation using gin (search_document);
-- The area filter looks areas up by key prefix (what lies inside) and by code (what holds them).
create index smap_organisation_area_by_key on smap_organisation_area (substr(area_code, 3) text_pattern_ops);
create index smap_service_area_by_area on smap_service_area (area_code);

alter table smap_place add column search_name tsvector generated always as (
	to_tsvector('speelveld_nl', name)) stored;
alter table smap_place add column search_document tsvector generated always as (
	setweight(to_tsvector('speelveld_nl', name), 'A')
	|| setweight(to_tsvector('speelveld_nl', replace(kind, '-', ' ') || ' ' || coalesce(city, '')), 'B')
	|| setweight(to_tsvector('speelveld_nl', description || ' ' || accessibility), 'C')
	|| setweight(to_tsvector('speelveld_nl', coalesce(street, '') || ' ' || coalesce(postcode, '')), 'D')) stored;
create index smap_place_search_name on smap_place using gin (search_name);
create index smap_place_search on smap_place using gin (search_document);

alter table smap_service add column search_name tsvector generated always as (
	to_tsvector('speelveld_nl', name)) stored;
create index smap_service_search_name on smap_service using gin (search_name);

create function smap_organisation_learn() returns trigger language plpgsql as $$
begin
	perform smap_search_learn(concat_ws(' ', new.name, replace(new.type, '-', ' '), new.city, new.description));
	return null;
end $$;
create trigger smap_organisation_learn after insert or update of name, type, city, description on smap_organisation
	for each row execute function smap_organisation_learn();

create function smap_place_learn() returns trigger language plpgsql as $$
begin
	perform smap_search_learn(concat_ws(' ', new.name, replace(new.kind, '-', ' '), new.city, new.street,
		new.description, new.accessibility));
	return null;
end $$;
create trigger smap_place_learn after insert or update of name, kind, city, street, description, accessibility
	on smap_place for each row execute function smap_place_learn();

create function smap_professional_learn() returns trigger language plpgsql as $$
begin
	perform smap_search_learn(new.display_name);
	return null;
end $$;
create trigger smap_professional_learn after insert or update of display_name on smap_professional
	for each row execute function smap_professional_learn();

-- Focus themes by name, in both languages, for a list of theme codes.
create function smap_theme_names(codes varchar[]) returns text language sql stable as $$
	select coalesce(string_agg(name_nl || ' ' || name_en, ' '), '')
	from roles_focus_theme where code = any(codes)
$$;

-- Posts: named by their title, the professional's public name, and their role type's names and local job
-- titles, so that gebiedsregisseur finds the wijkregisseur.

alter table smap_post add column search_name tsvector not null default '';
alter table smap_post add column search_document tsvector not null default '';

create function smap_post_name(post smap_post) returns tsvector language sql stable as $$
	select to_tsvector('speelveld_nl', post.title)
		|| to_tsvector('speelveld_nl', coalesce((select display_name from smap_professional
			where id = post.professional_id), ''))
		|| to_tsvector('speelveld_nl', coalesce((select concat_ws(' ', name_nl, name_en,
				(select string_agg(alias, ' ') from roles_alias where role_code = r.code))
			from roles_role_type r where r.code = post.role_code), replace(post.role_code, '-', ' ')))
$$;

create function smap_post_document(post smap_post, named tsvector) returns tsvector language sql stable as $$
	select setweight(named, 'A')
		|| setweight(to_tsvector('speelveld_nl', coalesce((select name from smap_organisation
			where id = post.organisation_id), '') || ' ' || smap_theme_names(post.focus)), 'B')
		|| setweight(to_tsvector('speelveld_nl', post.availability), 'C')
$$;

-- Both documents of a post, as they are now; the rewrites below call it for each post concerned.
create function smap_post_reindex(post smap_post, out name tsvector, out document tsvector)
language plpgsql stable as $$
begin
	name := smap_post_name(post);
	document := smap_post_document(post, name);
end $$;

create function smap_post_index() returns trigger language plpgsql as $$
begin
	select * into new.search_name, new.search_document from smap_post_reindex(new);
	perform smap_search_learn(concat_ws(' ', new.title, new.availability));
	return new;
end $$;
create trigger smap_post_index before insert or update of title, role_code, organisation_id, professional_id, focus,
	availability on smap_post for each row execute function smap_post_index();
create index smap_post_search_name on smap_post using gin (search_name);
create index smap_post_search on smap_post using gin (search_document);

-- Services: the name is their own, but the document also holds the organisation's name and the focus themes.

alter table smap_service add column search_document tsvector not null default '';

create function smap_service_document(service smap_service) returns tsvector language sql stable as $$
	select setweight(to_tsvector('speelveld_nl', service.name), 'A')
		|| setweight(to_tsvector('speelveld_nl', service.audience || ' ' || coalesce((select name
			from smap_organisation where id = service.organisation_id), '') || ' '
			|| smap_theme_names(service.focus)), 'B')
		|| setweight(to_tsvector('speelveld_nl', service.description), 'C')
$$;

create function smap_service_index() returns trigger language plpgsql as $$
begin
	new.search_document := smap_service_document(new);
	perform smap_search_learn(concat_ws(' ', new.name, new.audience, new.description));
	return new;
end $$;
create trigger smap_service_index before insert or update of name, audience, description, focus, organisation_id
	on smap_service for each row execute function smap_service_index();
create index smap_service_search on smap_service using gin (search_document);

-- Keeping borrowed words current. The rewrites set the search columns only, which the row triggers above do
-- not watch, so each document is computed once.

create function smap_organisation_renamed() returns trigger language plpgsql as $$
begin
	update smap_post p set (search_name, search_document) = (select * from smap_post_reindex(p))
		where p.organisation_id = new.id;
	update smap_service s set search_document = smap_service_document(s) where s.organisation_id = new.id;
	return null;
end $$;
create trigger smap_organisation_renamed after update of name on smap_organisation
	for each row when (old.name is distinct from new.name) execute function smap_organisation_renamed();

create function smap_professional_renamed() returns trigger language plpgsql as $$
begin
	update smap_post p set (search_name, search_document) = (select * from smap_post_reindex(p))
		where p.professional_id = new.id;
	return null;
end $$;
create trigger smap_professional_renamed after update of display_name on smap_professional
	for each row when (old.display_name is distinct from new.display_name)
	execute function smap_professional_renamed();

-- A role type renamed, or a local job title added, changed or removed: the posts of that role type.
create function smap_role_type_changed() returns trigger language plpgsql as $$
begin
	perform smap_search_learn(new.name_nl || ' ' || new.name_en);
	update smap_post p set (search_name, search_document) = (select * from smap_post_reindex(p))
		where p.role_code = new.code;
	return null;
end $$;
create trigger smap_role_type_changed after insert or update of name_nl, name_en on roles_role_type
	for each row execute function smap_role_type_changed();

create function smap_role_alias_changed() returns trigger language plpgsql as $$
begin
	if tg_op <> 'INSERT' then
		update smap_post p set (search_name, search_document) = (select * from smap_post_reindex(p))
		where p.role_code = old.role_code;
	end if;
	if tg_op <> 'DELETE' then
		perform smap_search_learn(new.alias);
		update smap_post p set (search_name, search_document) = (select * from smap_post_reindex(p))
		where p.role_code = new.role_code;
	end if;
	return null;
end $$;
create trigger smap_role_alias_changed after insert or update or delete on roles_alias
	for each row execute function smap_role_alias_changed();

create function smap_theme_renamed() returns trigger language plpgsql as $$
begin
	perform smap_search_learn(new.name_nl || ' ' || new.name_en);
	update smap_post p set (search_name, search_document) = (select * from smap_post_reindex(p))
		where p.focus @> array[new.code];
	update smap_service s set search_document = smap_service_document(s) where s.focus @> array[new.code];
	return null;
end $$;
create trigger smap_theme_renamed after insert or update of name_nl, name_en on roles_focus_theme
	for each row execute function smap_theme_renamed();

-- The words of the role typology are always known, with or without posts.
create function smap_role_words() returns text language sql stable as $$
	select concat_ws(' ', (select string_agg(name_nl || ' ' || name_en, ' ') from roles_role_type),
		(select string_agg(alias, ' ') from roles_alias),
		(select string_agg(name_nl || ' ' || name_en, ' ') from roles_focus_theme))
$$;

-- Removes the words that no document and no role holds any more; returns how many.
create function smap_search_prune_words() returns integer language sql volatile as $$
	with live as (
		select word as lexeme from ts_stat('select search_document from smap_post')
		union select word from ts_stat('select search_document from smap_organisation')
		union select word from ts_stat('select search_document from smap_service')
		union select word from ts_stat('select search_document from smap_place')
		union select unnest(tsvector_to_array(to_tsvector('speelveld_nl', smap_role_words())))),
	removed as (delete from smap_search_word w where not exists (select 1 from live where live.lexeme = w.lexeme)
		returning 1)
	select count(*)::integer from removed
$$;

select smap_search_learn(smap_role_words());

-- Rows written before this migration
update smap_post p set (search_name, search_document) = (select * from smap_post_reindex(p));
update smap_service s set search_document = smap_service_document(s);
select smap_search_learn(concat_ws(' ', name, replace(type, '-', ' '), city, description)) from smap_organisation;
select smap_search_learn(concat_ws(' ', name, replace(kind, '-', ' '), city, street, description, accessibility))
	from smap_place;
select smap_search_learn(display_name) from smap_professional;
select smap_search_learn(concat_ws(' ', title, availability)) from smap_post;
select smap_search_learn(concat_ws(' ', name, audience, description)) from smap_service;
