create or replace view stg_ed_visits_monthly as
select
    cast(month as date) as month,
    cast(area_code as varchar) as area_code,
    cast(hc_id as varchar) as hc_id,
    cast(age_band as varchar) as age_band,
    cast(ed_visits as bigint) as count_ed_visits,
    cast(admissions as bigint) as count_admissions,
    cast(readmissions_30d as bigint) as count_readmissions_30d,
from read_parquet('ed_visits_monthly.parquet')
