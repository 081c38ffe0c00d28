-- Inhabitants aged 65 and over of an area in a month (null when the population is unknown).
select cast(sum(count_inhabitants) as bigint) as count_inhabitants_65
from mart_population_monthly
where month = $month
    and age_band in ('65-79', '80+')
    and area_code in (select unit_code from mart_area_units where area_code = $area_code)
