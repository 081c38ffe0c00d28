create or replace view stg_home_care_episodes as
select
    cast(episode_id as varchar) as episode_id,
    cast(patient_key as varchar) as patient_key,
    cast(area_code as varchar) as area_code,
    cast(hc_id as varchar) as hc_id,
    cast(birth_year as integer) as birth_year,
    cast(enrolled_on as date) as enrolled_on,
    cast(discharged_on as date) as discharged_on,
    cast(mobile_doctor_from as date) as mobile_doctor_from,
    cast(fixed_contact as boolean) as is_fixed_contact,
    record_key('home_care_episodes', cast(episode_id as varchar)) as record_key,
from read_parquet('home_care_episodes.parquet')
