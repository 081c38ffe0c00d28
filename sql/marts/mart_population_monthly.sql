-- Grain: month, area_code, age_band.
-- Inhabitants by unit and age band, from year Y's row or the latest earlier year.
create or replace view mart_population_monthly as
select month, area_code, age_band, count_inhabitants
from int_population_monthly
