-- 50,000 synthetic posts spread over every 2024 wijk, for bench/playing-field.sh: 2,000 organisations of six
-- types, the 19 seeded role types, two focus themes each (none for one post in ten), confirmed up to 800 days
-- ago, one wijk each, a second wijk for one in three and the gemeente for one in eleven.
create temporary table bench_org as
select gen_random_uuid() as id, g as n from generate_series(1, 2000) g;
insert into smap_organisation (id, name, type)
select id, 'Bench organisatie ' || n, (array['gemeente','politie','welzijnsorganisatie','woningcorporatie','zorgaanbieder','sportorganisatie'])[1 + n % 6] from bench_org;
create temporary table bench_org_n as select row_number() over () as n, id from bench_org;
create temporary table wijk as select row_number() over (order by code) as n, code from area_area where level = 'wijk' and year = 2024;
create temporary table bench_post as
select gen_random_uuid() as id, g,
  (array['dorpsondersteuner','sociaal-makelaar','opbouwwerker','wijkregisseur','wijkagent','scharrelambtenaar','ideeenmakelaar','wijkcoordinator','gebiedsmakelaar','participatiemakelaar','buurtsportcoach','kwartiermaker','buurtconcierge','wijkbeheerder','wijkverpleegkundige','welzijnswerker','sociaal-wijkteam','jongerenwerker','buurtbemiddelaar'])[1 + (g * 7) % 19] as role_code,
  1 + (g * 13) % 2000 as org_n,
  1 + (g * 31) % (select count(*) from wijk) as wijk_n,
  1 + (g * 17) % (select count(*) from wijk) as wijk2_n
from generate_series(1, 50000) g;
insert into smap_post (id, role_code, organisation_id, title, focus, last_confirmed)
select p.id, p.role_code, o.id, 'Bench post ' || p.g,
  case when p.g % 10 = 0 then '{}'::varchar[] else array[
    (array['ontmoeting','eenzaamheid','vrijwilligerswerk','mantelzorg','praktische-hulp','zorg-en-ondersteuning','armoede-en-schulden','jeugd','sport-en-bewegen','inclusie','veiligheid','overlast','burenconflicten','openbare-ruimte','wonen-en-huren','leefbaarheid-dorp','bewonersinitiatieven','zelforganisatie','belangenbehartiging','inspraak','wijkagenda','regels-en-subsidies','buurtbudget','dorpsvisie'])[1 + p.g % 24],
    (array['ontmoeting','eenzaamheid','vrijwilligerswerk','mantelzorg','praktische-hulp','zorg-en-ondersteuning','armoede-en-schulden','jeugd','sport-en-bewegen','inclusie','veiligheid','overlast','burenconflicten','openbare-ruimte','wonen-en-huren','leefbaarheid-dorp','bewonersinitiatieven','zelforganisatie','belangenbehartiging','inspraak','wijkagenda','regels-en-subsidies','buurtbudget','dorpsvisie'])[1 + (p.g * 5) % 24]]::varchar[] end,
  current_date - (p.g % 800)
from bench_post p join bench_org_n o on o.n = p.org_n;
insert into smap_post_area (post_id, area_code)
select p.id, w.code from bench_post p join wijk w on w.n = p.wijk_n;
insert into smap_post_area (post_id, area_code)
select p.id, w.code from bench_post p join wijk w on w.n = p.wijk2_n where p.g % 3 = 0 and p.wijk2_n <> p.wijk_n
on conflict do nothing;
insert into smap_post_area (post_id, area_code)
select p.id, 'GM' || substr(w.code, 3, 4) from bench_post p join wijk w on w.n = p.wijk_n where p.g % 11 = 0
on conflict do nothing;
analyze smap_post; analyze smap_post_area; analyze smap_organisation;
