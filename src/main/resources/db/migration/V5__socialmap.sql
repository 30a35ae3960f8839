-- The social map: organisations, the professionals who work for them and their posts (who covers which
-- area in which role), services, and places. Everything public here is work data, public by design; each
-- entry has an owner and the date it was last confirmed, because stale data is what sinks social maps.
-- Areas are referred to by CBS code. CBS codes nest by prefix (BU gggg ww bb lies in WK gggg ww, which
-- lies in GM gggg), so area_key, the code without its two letters, finds parents and children by prefix.

create table smap_organisation (
	id uuid primary key,
	name text not null check (length(name) between 2 and 200),
	type varchar(32) not null,
	description text not null default '' check (length(description) <= 4000),
	website text check (length(website) <= 500),
	email text check (length(email) <= 320),
	phone text check (length(phone) <= 40),
	street text check (length(street) <= 200),
	postcode varchar(7),
	city text check (length(city) <= 100),
	owner_id uuid,
	last_confirmed date not null default current_date,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);

create table smap_organisation_area (
	organisation_id uuid not null references smap_organisation (id) on delete cascade,
	area_code varchar(16) not null,
	primary key (organisation_id, area_code)
);
create index smap_organisation_area_by_area on smap_organisation_area (area_code);

-- The public work profile of a professional: a name and a few lines about their work, nothing private.
-- user_id links the profile to the account that may edit it.
create table smap_professional (
	id uuid primary key,
	display_name text not null check (length(display_name) between 2 and 120),
	about text not null default '' check (length(about) <= 2000),
	user_id uuid unique,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);

create table smap_post (
	id uuid primary key,
	role_code varchar(48) not null,
	organisation_id uuid not null references smap_organisation (id) on delete cascade,
	-- null for a post held by a team or while it is vacant
	professional_id uuid references smap_professional (id) on delete set null,
	title text not null check (length(title) between 2 and 200),
	focus varchar(48)[] not null default '{}',
	availability text not null default '' check (length(availability) <= 500),
	languages varchar(8)[] not null default '{nl}',
	starts_on date,
	ends_on date,
	contact_email text check (length(contact_email) <= 320),
	contact_phone text check (length(contact_phone) <= 40),
	contact_url text check (length(contact_url) <= 500),
	owner_id uuid,
	last_confirmed date not null default current_date,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
create index smap_post_by_organisation on smap_post (organisation_id);
create index smap_post_by_professional on smap_post (professional_id);
create index smap_post_by_owner on smap_post (owner_id);

create table smap_post_area (
	post_id uuid not null references smap_post (id) on delete cascade,
	area_code varchar(16) not null,
	area_key varchar(14) generated always as (substr(area_code, 3)) stored,
	primary key (post_id, area_code)
);
create index smap_post_area_by_area on smap_post_area (area_code);
create index smap_post_area_by_key on smap_post_area (area_key text_pattern_ops);

create table smap_place (
	id uuid primary key,
	kind varchar(32) not null,
	name text not null check (length(name) between 2 and 200),
	description text not null default '' check (length(description) <= 4000),
	organisation_id uuid references smap_organisation (id) on delete set null,
	street text check (length(street) <= 200),
	postcode varchar(7),
	city text check (length(city) <= 100),
	lat double precision check (lat between -90 and 90),
	lon double precision check (lon between -180 and 180),
	-- the finest area containing the place, found by point lookup when it is saved
	area_code varchar(16),
	area_key varchar(14) generated always as (substr(area_code, 3)) stored,
	opening_hours text not null default '' check (length(opening_hours) <= 1000),
	accessibility text not null default '' check (length(accessibility) <= 1000),
	wheelchair_accessible boolean,
	owner_id uuid,
	last_confirmed date not null default current_date,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);
create index smap_place_by_area_key on smap_place (area_key text_pattern_ops);
create index smap_place_by_organisation on smap_place (organisation_id);

create table smap_service (
	id uuid primary key,
	organisation_id uuid not null references smap_organisation (id) on delete cascade,
	name text not null check (length(name) between 2 and 200),
	description text not null default '' check (length(description) <= 4000),
	-- for whom: in the organisation's words
	audience text not null default '' check (length(audience) <= 500),
	focus varchar(48)[] not null default '{}',
	url text check (length(url) <= 500),
	email text check (length(email) <= 320),
	phone text check (length(phone) <= 40),
	owner_id uuid,
	last_confirmed date not null default current_date,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);
create index smap_service_by_organisation on smap_service (organisation_id);

create table smap_service_area (
	service_id uuid not null references smap_service (id) on delete cascade,
	area_code varchar(16) not null,
	area_key varchar(14) generated always as (substr(area_code, 3)) stored,
	primary key (service_id, area_code)
);
create index smap_service_area_by_key on smap_service_area (area_key text_pattern_ops);

create table smap_service_place (
	service_id uuid not null references smap_service (id) on delete cascade,
	place_id uuid not null references smap_place (id) on delete cascade,
	primary key (service_id, place_id)
);
create index smap_service_place_by_place on smap_service_place (place_id);
