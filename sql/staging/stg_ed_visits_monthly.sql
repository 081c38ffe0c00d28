-- The rows are counts already: each visit, admission and readmission of a row shares the row's
-- record key for its measure, so a row's part of a cell key is its count times that key.
create or replace view stg_ed_visits_monthly as
with rows as (
    select
        cast(month as date) as month,
        cast(area_code as varchar) as area_code,
        cast(hc_id as varchar) as hc_id,
        cast(age_band as varchar) as age_band,
        cast(ed_visits as bigint) as count_ed_visits,
        cast(admissions as bigint) as count_admissions,
        cast(readmissions_30d as bigint) as count_readmissions_30d,
    from read_parquet('ed_visits_monthly.parquet')
),

keyed as (
    select
        *,
        concat_ws('|', month, area_code, coalesce(hc_id, ''), age_band) as row_id,
    from rows
)

select
    month,
    area_code,
    hc_id,
    age_band,
    count_ed_visits,
    count_admissions,
    count_readmissions_30d,
    count_ed_visits * record_key('ed_visits', row_id) % 4294967296 as key_ed_visits,
    count_admissions * record_key('ed_admissions', row_id) % 4294967296 as key_admissions,
    count_readmissions_30d * record_key('ed_readmissions', row_id) % 4294967296 as key_readmissions_30d,
from keyed
