-- Areas: CBS gemeenten, wijken, buurten (and villages), one row per code and year.
create extension if not exists pg_trgm;

create table area_area (
	year smallint not null check (year between 1900 and 2100),
	code varchar(16) not null,
	level varchar(10) not null check (level in ('gemeente', 'wijk', 'buurt', 'kern')),
	name text not null,
	-- name without case, accents or punctuation, for search (see AreaNames.searchKey)
	name_key text not null,
	parent_code varchar(16),
	-- boundary as WKB in WGS84 (EPSG:4326); null when the source has no polygon
	geometry bytea,
	label_lon double precision,
	label_lat double precision,
	min_lon double precision,
	min_lat double precision,
	max_lon double precision,
	max_lat double precision,
	-- CBS key figures (see KeyFigure); null when CBS keeps them secret or does not publish them
	inhabitants integer,
	men integer,
	women integer,
	households integer,
	average_household_size numeric(4, 2),
	age_0_15_pct smallint,
	age_15_25_pct smallint,
	age_25_45_pct smallint,
	age_45_65_pct smallint,
	age_65_plus_pct smallint,
	density integer,
	dwellings integer,
	land_hectares integer,
	water_hectares integer,
	primary key (year, code),
	foreign key (year, parent_code) references area_area (year, code) deferrable initially deferred
);

create index area_area_by_code on area_area (code, year desc);
create index area_area_by_parent on area_area (year, parent_code);
create index area_area_by_level on area_area (year, level, name_key);
create index area_area_name_trigrams on area_area using gin (name_key gin_trgm_ops);

-- Four-digit postcodes with their centre and the areas of the year they were mapped to.
create table area_postcode (
	postcode char(4) primary key check (postcode ~ '^[1-9][0-9]{3}$'),
	place text not null,
	kind text,
	lat double precision not null,
	lon double precision not null,
	year smallint not null,
	gemeente_code varchar(16),
	wijk_code varchar(16),
	foreign key (year, gemeente_code) references area_area (year, code),
	foreign key (year, wijk_code) references area_area (year, code)
);

create index area_postcode_by_place on area_postcode (lower(place) text_pattern_ops);

-- Every import that changed something; app nodes compare the newest id to know when to rebuild lookups.
create table area_import (
	id bigserial primary key,
	kind varchar(16) not null,
	year smallint not null,
	files text not null,
	features integer not null,
	areas integer not null,
	added integer not null,
	changed integer not null,
	notes integer not null,
	imported_at timestamptz not null default now()
);
