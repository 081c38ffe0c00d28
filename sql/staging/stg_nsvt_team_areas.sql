create or replace view stg_nsvt_team_areas as
select
    cast(team_id as varchar) as team_id,
    cast(area_code as varchar) as area_code,
from read_parquet('nsvt_team_areas.parquet')
