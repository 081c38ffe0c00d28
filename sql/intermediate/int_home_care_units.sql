-- A home-care unit is a municipality with no districts, or a district (contract). The one definition:
-- the marts, the app's choices and validation's reference check all read this view.
create or replace view int_home_care_units as
select
    a.area_code as unit_code,
    a.area_name as unit_name
from stg_areas as a
where
    a.area_level = 'district'
    or (
        a.area_level = 'municipality'
        and not exists (
            select 1 from stg_areas as d
            where d.parent_code = a.area_code and d.area_level = 'district'
        )
    )
