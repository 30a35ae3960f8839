-- A post is shown with its professional's name, and pages that keep posts until the revision moves (who works
-- here, the wegwijzer) must show a new name too: a change to professionals raises the revision as well.
create trigger smap_professional_revision after insert or update or delete or truncate on smap_professional
	for each statement execute function smap_raise_revision();
