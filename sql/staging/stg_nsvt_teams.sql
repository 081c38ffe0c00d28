create or replace view stg_nsvt_teams as
select
    cast(team_id as varchar) as team_id,
    cast(team_name as varchar) as team_name,
    cast(hospital as varchar) as hospital,
from read_parquet('nsvt_teams.parquet')
