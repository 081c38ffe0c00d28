create or replace view stg_health_centres as
select
    cast(hc_id as varchar) as hc_id,
    cast(hc_name as varchar) as hc_name,
    cast(area_code as varchar) as area_code,
    cast(ownership as varchar) as ownership,
    cast(opened_on as date) as opened_on,
    cast(closed_on as date) as closed_on,
    cast(mobile_doctor_start as date) as mobile_doctor_start,
    cast(mobile_doctor_end as date) as mobile_doctor_end,
from read_parquet('health_centres.parquet')
