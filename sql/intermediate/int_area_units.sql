-- Every area paired with each home-care unit beneath it (a unit is paired with itself).
create or replace view int_area_units as
with recursive descendants (area_code, descendant_code) as (
    select
        area_code,
        area_code as descendant_code
    from stg_areas
    union all
    select
        d.area_code,
        child.area_code as descendant_code
    from descendants as d
    join stg_areas as child on d.descendant_code = child.parent_code
)

select
    d.area_code,
    d.descendant_code as unit_code,
from descendants as d
join int_home_care_units as u on d.descendant_code = u.unit_code
