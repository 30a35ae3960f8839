-- Search answers are kept until the social map's revision moves (see KeptResults), and they show services,
-- places and organisations' areas as well: changes to those raise the revision too. They change far less
-- often than they are searched; posts, their areas, organisations and professionals raise it already.
create trigger smap_organisation_area_revision after insert or update or delete or truncate on smap_organisation_area
	for each statement execute function smap_raise_revision();
create trigger smap_place_revision after insert or update or delete or truncate on smap_place
	for each statement execute function smap_raise_revision();
create trigger smap_service_revision after insert or update or delete or truncate on smap_service
	for each statement execute function smap_raise_revision();
create trigger smap_service_area_revision after insert or update or delete or truncate on smap_service_area
	for each statement execute function smap_raise_revision();
create trigger smap_service_place_revision after insert or update or delete or truncate on smap_service_place
	for each statement execute function smap_raise_revision();
