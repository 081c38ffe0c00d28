create or replace view stg_nsvt_visits as
select
    cast(visit_id as varchar) as visit_id,
    cast(episode_id as varchar) as episode_id,
    cast(visit_date as date) as visit_date,
    cast(staff as varchar) as staff,
    cast(team_visit as boolean) as is_team_visit,
    record_key('nsvt_visits', cast(visit_id as varchar)) as record_key,
from read_parquet('nsvt_visits.parquet')
