-- The area hierarchy, for choosing an area and checking a code.
select area_code, area_name, area_level, parent_code, is_home_care_unit
from mart_areas
order by area_code
