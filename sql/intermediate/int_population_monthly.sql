-- Inhabitants of each unit and age band for every month: year Y's row, else the latest earlier year.
create or replace view int_population_monthly as
with unit_bands as (
    select distinct area_code, age_band from stg_population
),

grid as (
    select m.month, b.area_code, b.age_band, year(m.month) as month_year
    from int_months as m
    cross join unit_bands as b
)

select
    g.month,
    g.area_code,
    g.age_band,
    p.count_inhabitants,
from grid as g
asof join stg_population as p
    on g.area_code = p.area_code
    and g.age_band = p.age_band
    and g.month_year >= p.population_year
