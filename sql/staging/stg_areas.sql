-- The area hierarchy as extracted; codes stay strings.
create or replace view stg_areas as
select
    cast(area_code as varchar) as area_code,
    cast(area_name as varchar) as area_name,
    cast(level as varchar) as area_level,
    cast(parent_code as varchar) as parent_code,
from read_parquet('areas.parquet')
