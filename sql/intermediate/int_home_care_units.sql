-- A home-care unit is a municipality without districts, or a district (contract).
create or replace view int_home_care_units as
select
    a.area_code as unit_code,
    a.area_name as unit_name,
from stg_areas as a
where a.area_level = 'district'
    or (a.area_level = 'municipality'
        and not exists (select 1 from stg_areas as d where d.parent_code = a.area_code))
