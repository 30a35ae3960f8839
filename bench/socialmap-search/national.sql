-- A national social map of synthetic data, for measuring search: 20,000 organisations, 35,000 professionals,
-- 50,000 posts, 30,000 services and 100,000 places, spread over the real CBS gemeenten, wijken and buurten
-- (the 2024 gemeenten and wijken, the 2014 buurten, as Speelveld ships them). Names are made up and look it.
-- Load it into a scratch database of a running Speelveld, never into one that holds real data:
--
--     psql -h localhost -p <port> -U postgres -f bench/socialmap-search/national.sql
--
-- Rows go in through the search triggers, as the application's would; that takes a few minutes.
\set ON_ERROR_STOP on
select setseed(0.42);

create function pg_temp.pick(items text[]) returns text language sql volatile as $$
	select items[1 + floor(random() * array_length(items, 1))::int]
$$;

create function pg_temp.sentence(words int) returns text language sql volatile as $$
	select upper(left(t, 1)) || substr(t, 2) || '.' from (select string_agg(pg_temp.pick(array['buurt', 'bewoners', 'ontmoeting', 'koffie', 'vrijwilligers',
		'eenzaamheid', 'jongeren', 'ouderen', 'sport', 'bewegen', 'taal', 'schulden', 'geldzorgen', 'opvoeding',
		'mantelzorg', 'wonen', 'huren', 'veiligheid', 'overlast', 'groen', 'tuin', 'spelen', 'kinderen',
		'activiteiten', 'cursus', 'inloop', 'spreekuur', 'hulp', 'advies', 'samen', 'wijk', 'dorp', 'gemeente',
		'participatie', 'initiatief', 'buurtbudget', 'elke', 'week', 'op', 'dinsdag', 'woensdag', 'in', 'de', 'het',
		'voor', 'met', 'en', 'iedereen', 'welkom', 'gratis', 'aanmelden', 'niet', 'nodig', 'wij', 'helpen', 'bij',
		'formulieren', 'post', 'computer', 'digitaal', 'gezond', 'eten', 'koken', 'muziek', 'dans', 'natuur',
		'zwerfafval', 'straat', 'plein', 'speeltuin', 'fiets', 'vervoer', 'boodschappen', 'klussen', 'reparatie',
		'ideeën', 'plannen', 'subsidie', 'vergunning', 'regels', 'zorg', 'thuis', 'wijkteam', 'school', 'bibliotheek']),
		' ') as t
	from generate_series(1, words)) words
$$;

create temporary table bench_gemeente as
	select code, name, row_number() over (order by code) as n from area_area where year = 2024 and level = 'gemeente';
create temporary table bench_wijk as
	select code, name, substr(code, 3, 4) as gm, row_number() over (partition by substr(code, 3, 4) order by code) as n,
		count(*) over (partition by substr(code, 3, 4)) as of
	from area_area where year = 2024 and level = 'wijk';
create temporary table bench_buurt as
	select code, name, row_number() over (order by code) as n from area_area where year = 2014 and level = 'buurt';
create index on bench_wijk (gm, n);
analyze bench_gemeente;
analyze bench_wijk;
analyze bench_buurt;

-- Organisations, each in a gemeente
create temporary table bench_org as
	select gen_random_uuid() as id, g.code as gemeente, g.name as city, t.type, t.prefix
	from generate_series(1, 20000) i
	cross join lateral (select * from bench_gemeente where n = 1 + (i * 7919) % 343) g
	cross join lateral (select (array['welzijnsorganisatie', 'gemeente', 'politie', 'woningcorporatie', 'zorgaanbieder',
			'dorpsstichting', 'sportorganisatie', 'bewonersorganisatie', 'vereniging', 'welzijnsorganisatie'])[1 + i % 10]
			as type,
		(array['Welzijn', 'Gemeente', 'Politie', 'Woonstichting', 'Zorggroep', 'Dorpsbelang', 'Sportvereniging',
			'Bewonersvereniging', 'Vereniging', 'Stichting Buurtwerk'])[1 + i % 10] as prefix) t;
insert into smap_organisation (id, name, type, description, city, postcode)
	select id, prefix || ' ' || city || ' ' || pg_temp.pick(array['Noord', 'Zuid', 'Oost', 'West', 'Centrum', 'De Brug',
			'Samen', 'Plus', 'De Linde', 'Het Anker', 'De Horizon', 'Zuidrand', 'Vooruit']), type,
		pg_temp.sentence(15 + (random() * 40)::int), city, lpad((1000 + (random() * 8999)::int)::text, 4, '0')
	from bench_org;
insert into smap_organisation_area (organisation_id, area_code)
	select id, gemeente from bench_org;

-- Professionals and their posts: a role, an organisation, one to three wijken of its gemeente (or the whole gemeente)
insert into smap_professional (id, display_name)
	select gen_random_uuid(), pg_temp.pick(array['Anna', 'Bram', 'Chantal', 'Daan', 'Eva', 'Fatima', 'Gijs', 'Hanna',
			'Ilse', 'Jeroen', 'Karim', 'Lotte', 'Mohamed', 'Noor', 'Olga', 'Pieter', 'Rachida', 'Sanne', 'Tom', 'Umut',
			'Vera', 'Willem', 'Yara', 'Zeynep', 'Youssef', 'Sophie', 'Lucas', 'Emma', 'Finn', 'Ayşe']) || ' '
		|| pg_temp.pick(array['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder',
			'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra',
			'Yilmaz', 'El Amrani', 'Kaya', 'Öztürk', 'Bouzid', 'Testpersoon'])
	from generate_series(1, 35000);
create temporary table bench_prof as select id, row_number() over () as n from smap_professional;
create temporary table bench_orgs as select id, gemeente, type, row_number() over () as n from bench_org;

create temporary table bench_post as
	select gen_random_uuid() as id, r.code as role, r.name_nl, o.id as organisation, o.gemeente,
		case when i % 10 < 7 then (select id from bench_prof where n = 1 + (i * 31) % 35000) end as professional, i
	from generate_series(1, 50000) i
	cross join lateral (select code, name_nl from roles_role_type order by code offset (i * 13) % 19 limit 1) r
	cross join lateral (select id, gemeente from bench_orgs where n = 1 + (i::bigint * 104729) % 20000) o;
insert into smap_post (id, role_code, organisation_id, professional_id, title, focus, availability)
	select p.id, p.role, p.organisation, p.professional,
		p.name_nl || ' ' || coalesce((select name from bench_wijk w where w.gm = substr(p.gemeente, 3)
			and w.n = 1 + p.i % greatest(1, (select max(of) from bench_wijk x where x.gm = substr(p.gemeente, 3)))), ''),
		array(select theme_code from roles_role_focus f where f.role_code = p.role order by random() limit 2),
		pg_temp.pick(array['', 'Op dinsdag en donderdag', 'Spreekuur op woensdagochtend in het buurthuis',
			'Bereikbaar via de wijkteamlijn', 'Elke werkdag', 'Op afspraak'])
	from bench_post p;
insert into smap_post_area (post_id, area_code)
	select p.id, w.code from bench_post p
	join bench_wijk w on w.gm = substr(p.gemeente, 3) and w.n between 1 + p.i % 5 and 1 + p.i % 5 + p.i % 3
	where p.i % 5 <> 0
	union all
	select p.id, p.gemeente from bench_post p where p.i % 5 = 0;

-- Services of organisations, in the organisation's gemeente or a wijk of it
create temporary table bench_service as
	select gen_random_uuid() as id, o.id as organisation, o.gemeente, i
	from generate_series(1, 30000) i
	cross join lateral (select id, gemeente from bench_orgs where n = 1 + (i * 7307) % 20000) o;
insert into smap_service (id, organisation_id, name, description, audience, focus)
	select s.id, s.organisation, pg_temp.pick(array['Taalcafé', 'Koffieochtend', 'Huiswerkbegeleiding', 'Schuldhulp',
			'Repair café', 'Moestuinproject', 'Buurtbemiddeling', 'Ouderensoos', 'Formulierenhulp', 'Wandelgroep',
			'Kookclub', 'Digicafé', 'Maatjesproject', 'Buurtsport', 'Inloopspreekuur', 'Opvoedsteunpunt']) || ' '
		|| pg_temp.pick(array['Noord', 'Zuid', 'Oost', 'West', 'Centrum', 'aan huis', 'voor iedereen']),
		pg_temp.sentence(20 + (random() * 30)::int),
		pg_temp.pick(array['voor iedereen', 'voor ouderen', 'voor jongeren', 'voor ouders', 'voor nieuwkomers', '']),
		array[pg_temp.pick(array['ontmoeting', 'eenzaamheid', 'armoede-en-schulden', 'jeugd', 'sport-en-bewegen',
			'mantelzorg', 'praktische-hulp'])]
	from bench_service s;
insert into smap_service_area (service_id, area_code)
	select s.id, case when s.i % 2 = 0 then s.gemeente
		else coalesce((select code from bench_wijk w where w.gm = substr(s.gemeente, 3) and w.n = 1), s.gemeente) end
	from bench_service s;

-- Places in buurten (2014) and, for gemeenten without buurten in that year, in wijken
insert into smap_place (id, kind, name, description, street, city, area_code, accessibility)
	select gen_random_uuid(), k.kind, k.label || ' ' || pg_temp.pick(array['De Linde', 'Het Anker', 'De Brug',
			'Zonnebloem', 'De Kastanje', 'Het Trefpunt', 'De Schakel', 'Oost', 'West', 'Noord', 'Zuid']) || ' ' || b.name,
		pg_temp.sentence(10 + (random() * 30)::int),
		pg_temp.pick(array['Dorpsstraat', 'Kerkstraat', 'Schoolstraat', 'Molenweg', 'Julianastraat', 'Beatrixlaan',
			'Stationsweg', 'Parklaan']) || ' ' || (1 + (random() * 120)::int), null, b.code,
		pg_temp.pick(array['', 'Rolstoeltoegankelijk', 'Drempelvrij, invalidentoilet aanwezig', 'Met lift'])
	from generate_series(1, 100000) i
	cross join lateral (select code, name from bench_buurt where n = 1 + (i * 6007) % 12005) b
	cross join lateral (select (array['buurthuis', 'speeltuin', 'bibliotheek', 'moestuin', 'sportveld', 'kerk',
			'school', 'park', 'buurtkamer', 'jongerencentrum'])[1 + i % 10] as kind,
		(array['Buurthuis', 'Speeltuin', 'Bibliotheek', 'Moestuin', 'Sportpark', 'Kerkzaal', 'Basisschool', 'Park',
			'Buurtkamer', 'Jongerencentrum'])[1 + i % 10] as label) k;
insert into smap_service_place (service_id, place_id)
	select s.id, p.id from (select id, row_number() over () as n from smap_service where random() < 0.2) s
	join (select id, row_number() over () as n from smap_place) p on p.n = s.n * 3;

analyze smap_organisation;
analyze smap_organisation_area;
analyze smap_professional;
analyze smap_post;
analyze smap_post_area;
analyze smap_service;
analyze smap_service_area;
analyze smap_service_place;
analyze smap_place;
analyze smap_search_word;

select (select count(*) from smap_organisation) as organisations, (select count(*) from smap_post) as posts,
	(select count(*) from smap_service) as services, (select count(*) from smap_place) as places,
	(select count(*) from smap_search_word) as words;
