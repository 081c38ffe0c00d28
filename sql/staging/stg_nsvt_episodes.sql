create or replace view stg_nsvt_episodes as
select
    cast(episode_id as varchar) as episode_id,
    cast(patient_key as varchar) as patient_key,
    cast(team_id as varchar) as team_id,
    cast(area_code as varchar) as area_code,
    cast(birth_year as integer) as birth_year,
    cast(enrolled_on as date) as enrolled_on,
    cast(discharged_on as date) as discharged_on,
    cast(discharge_reason as varchar) as discharge_reason,
    cast(referred_from as varchar) as referred_from,
    record_key('nsvt_episodes', cast(episode_id as varchar)) as record_key,
from read_parquet('nsvt_episodes.parquet')
