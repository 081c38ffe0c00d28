create or replace view stg_population as
select
    cast(year as integer) as population_year,
    cast(area_code as varchar) as area_code,
    cast(age_band as varchar) as age_band,
    cast(population as bigint) as count_inhabitants,
from read_parquet('population.parquet')
