-- What the wegwijzer knows, kept as data so that a coordinator can extend it without a release.
--
-- A topic is a kind of question residents ask (drug dealing, litter, loneliness, a tenants' association, ...).
-- It belongs to one focus theme of the role typology, is recognised by terms in Dutch and English, and points
-- to the roles that help with it, each with a weight: how well that role fits this kind of question.
-- Example questions per role add a second, explainable signal: "this looks like questions the role helps with".
-- The setting (village or city) raises or lowers roles, with the reason shown to the resident.

create table routing_topic (
	code varchar(48) primary key check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	theme_code varchar(48) not null references roles_focus_theme (code),
	name_nl text not null check (length(name_nl) between 2 and 120),
	name_en text not null check (length(name_en) between 2 and 120),
	seeded boolean not null default false,
	added_by uuid,
	added_at timestamptz not null default now()
);

create table routing_topic_role (
	topic_code varchar(48) not null references routing_topic (code) on delete cascade,
	role_code varchar(48) not null references roles_role_type (code) on delete cascade,
	-- how well the role fits questions on this topic: 1 is the first one to ask
	weight numeric(3, 2) not null check (weight > 0 and weight <= 1),
	primary key (topic_code, role_code)
);

-- A word or a phrase that signals a topic. Written as residents write it; the wegwijzer stems it, so one
-- form is enough ("moestuin" also finds "moestuinen"), and tolerates typos and compounds.
create table routing_term (
	id bigserial primary key,
	topic_code varchar(48) not null references routing_topic (code) on delete cascade,
	lang varchar(2) not null check (lang in ('nl', 'en')),
	term text not null check (length(term) between 2 and 80),
	-- a strong signal (1) or a hint that needs company (0.5)
	weight numeric(3, 2) not null default 1 check (weight > 0 and weight <= 1),
	added_by uuid,
	added_at timestamptz not null default now()
);
create unique index routing_term_once on routing_term (topic_code, lang, lower(term));

create table routing_example (
	id bigserial primary key,
	role_code varchar(48) not null references roles_role_type (code) on delete cascade,
	lang varchar(2) not null check (lang in ('nl', 'en')),
	question text not null check (length(question) between 8 and 300),
	added_by uuid,
	added_at timestamptz not null default now()
);
create unique index routing_example_once on routing_example (role_code, lower(question));

-- Village or city: a factor on the role's score, and the reason given when it changes the order.
create table routing_role_setting (
	role_code varchar(48) not null references roles_role_type (code) on delete cascade,
	setting varchar(8) not null check (setting in ('dorp', 'stad')),
	factor numeric(3, 2) not null check (factor >= 0 and factor <= 2),
	reason_nl text not null,
	reason_en text not null,
	primary key (role_code, setting)
);
