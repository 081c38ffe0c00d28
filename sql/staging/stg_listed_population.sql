-- Optional table: when the extract has no file, the loader creates this view empty with these columns.
create or replace view stg_listed_population as
select
    cast(month as date) as month,
    cast(hc_id as varchar) as hc_id,
    cast(age_band as varchar) as age_band,
    cast(listed as bigint) as count_listed,
from read_parquet('listed_population.parquet')
