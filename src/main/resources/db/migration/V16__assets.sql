-- The asset map (ABCD): what a neighbourhood already has. Associations, institutions and places are on the
-- social map already; this adds activities and the gifts and skills of residents.

-- An activity: something that happens regularly. It takes its position from its place when it has one,
-- else its own; area_code is the finest area it lies in, found by point or postcode lookup when saved.
create table smap_activity (
	id uuid primary key,
	name text not null check (length(name) between 2 and 200),
	description text not null default '' check (length(description) <= 4000),
	schedule text not null default '' check (length(schedule) <= 500),
	place_id uuid references smap_place (id) on delete set null,
	organisation_id uuid references smap_organisation (id) on delete set null,
	postcode varchar(7),
	lat double precision check (lat between -90 and 90),
	lon double precision check (lon between -180 and 180),
	area_code varchar(16) not null,
	area_key varchar(14) generated always as (substr(area_code, 3)) stored,
	owner_id uuid,
	last_confirmed date not null default current_date,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);
create index smap_activity_by_area_key on smap_activity (area_key text_pattern_ops);
create index smap_activity_by_place on smap_activity (place_id);
create index smap_activity_by_owner on smap_activity (owner_id);

-- A gift or skill of a resident: personal data, kept only with their consent and removed at once when they
-- withdraw it or erase their account. Only the area (from the PC4 of their postcode) is kept, never an
-- address. Visible to professionals by default; public only when the resident chose so.
create table smap_gift (
	id uuid primary key,
	user_id uuid not null,
	text text not null check (length(text) between 2 and 300),
	kind varchar(16) not null check (kind in ('gave', 'vaardigheid', 'spullen')),
	area_code varchar(16) not null,
	area_key varchar(14) generated always as (substr(area_code, 3)) stored,
	visibility varchar(16) not null default 'professionals' check (visibility in ('professionals', 'public')),
	consented_at timestamptz not null,
	created_at timestamptz not null default now()
);
create index smap_gift_by_area_key on smap_gift (area_key text_pattern_ops);
create index smap_gift_by_user on smap_gift (user_id);

-- Places near a point: a bounding box on latitude first, then the exact distance.
create index smap_place_by_position on smap_place (lat, lon) where lat is not null and lon is not null;
