-- Open Referral HSDS 3.0 for the social map. HSDS has many fields that the social map does not model
-- (alternate names, funding, programmes, cost options...). An import keeps them per entry as a jsonb
-- remainder, so that exporting what was imported gives back the same dataset; see HsdsRemainder.

-- Stable identifiers for HSDS objects that Speelveld derives from its own rows (an address from the columns
-- of a place, a service_at_location from a pair): a name-based UUID (version 3 bits) of a key.
create function hsds_uuid(key text) returns uuid language sql immutable strict parallel safe
	as $$ select overlay(overlay(md5(key) placing '3' from 13) placing '8' from 17)::uuid $$;

alter table smap_organisation add column hsds_remainder jsonb;
alter table smap_place add column hsds_remainder jsonb;
alter table smap_service add column hsds_remainder jsonb;

-- A service at a place is a pair in Speelveld; in HSDS it has an id. Imported ones keep theirs (hsds_id),
-- the others get one derived from the pair.
alter table smap_service_place add column hsds_id uuid unique;
alter table smap_service_place add column hsds_remainder jsonb;
alter table smap_service_place add column derived_id uuid generated always as
	(hsds_uuid('service-at-location:' || service_id::text || ':' || place_id::text)) stored;
create index smap_service_place_by_derived_id on smap_service_place (derived_id);
