-- Grain: area_code.
-- One area, with whether it is a home-care unit (int_home_care_units holds the one definition).
create or replace view mart_areas as
select
    a.area_code,
    a.area_name,
    a.area_level,
    a.parent_code,
    u.unit_code is not null as is_home_care_unit,
from stg_areas as a
left join int_home_care_units as u on a.area_code = u.unit_code
