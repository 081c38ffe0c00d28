-- Grain: one area, with whether it is a home-care unit.
create or replace view mart_areas as
select
    a.area_code,
    a.area_name,
    a.area_level,
    a.parent_code,
    u.unit_code is not null as is_home_care_unit,
from stg_areas as a
left join int_home_care_units as u on u.unit_code = a.area_code
