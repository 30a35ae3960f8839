-- The connections professionals log: between two endpoints, each an organisation on the social map, a post,
-- or a resident group known only by a pseudonym (such as Bewonersgroep Zwaluwstraat). Residents never appear
-- by name: a group endpoint holds its pseudonym and nothing else. Organisations and posts are kept by id, so
-- the network shows their current names; an endpoint whose entry was removed stays as a removed one.
create table net_connection (
	id uuid primary key,
	logged_by uuid references acc_user (id) on delete set null,
	area_code varchar(16) not null,
	area_key varchar(14) generated always as (substr(area_code, 3)) stored,
	on_date date not null,
	purpose varchar(32) check (purpose in ('doorverwijzing', 'samenwerking', 'ondersteuning-initiatief', 'overleg', 'anders')),
	from_kind varchar(16) not null check (from_kind in ('organisation', 'post', 'group')),
	from_ref uuid,
	from_group text check (length(from_group) between 3 and 80),
	to_kind varchar(16) not null check (to_kind in ('organisation', 'post', 'group')),
	to_ref uuid,
	to_group text check (length(to_group) between 3 and 80),
	created_at timestamptz not null default now(),
	check ((from_kind = 'group') = (from_group is not null) and (from_kind = 'group') = (from_ref is null)),
	check ((to_kind = 'group') = (to_group is not null) and (to_kind = 'group') = (to_ref is null))
);
-- The page per area reads an area and its parts by prefix of the code's digits, like the social map does.
create index net_connection_by_area_key on net_connection (area_key text_pattern_ops);
create index net_connection_by_logger on net_connection (logged_by, created_at desc);

-- A pseudonym may not be someone's shown name: the check asks for display names case-insensitively.
create index acc_user_by_display_name on acc_user (lower(display_name));
