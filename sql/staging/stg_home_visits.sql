create or replace view stg_home_visits as
select
    cast(visit_id as varchar) as visit_id,
    cast(visit_date as date) as visit_date,
    cast(patient_key as varchar) as patient_key,
    cast(hc_id as varchar) as hc_id,
    cast(area_code as varchar) as area_code,
    cast(visit_kind as varchar) as visit_kind,
    cast(team_visit as boolean) as is_team_visit,
    cast(requested_on as date) as requested_on,
    record_key('home_visits', cast(visit_id as varchar)) as record_key,
from read_parquet('home_visits.parquet')
