-- Inhabitants aged 65 and over of an area in a month (null when the population is unknown).
select cast(sum(p.count_inhabitants) as bigint) as count_inhabitants_65
from mart_population_monthly as p
where p.month = $month
    and p.age_band in ('65-79', '80+')
    and p.area_code in (select au.unit_code from mart_area_units as au where au.area_code = $area_code)
