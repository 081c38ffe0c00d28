-- Numerator and denominator sums by area (each of the listed areas), indicator and month.
select
    au.area_code as group_code,
    i.indicator,
    i.month,
    cast(sum(i.numerator) as bigint) as numerator,
    -- need_coverage's stored denominator is the population 65+; the estimated need is a share of it
    cast(sum(i.denominator) * if(i.indicator = 'need_coverage', $need_share, 1) as double) as denominator,
    cell_key(i.numerator_key) as numerator_key,
    cell_key(i.denominator_key) as denominator_key,
from mart_indicator_monthly as i
join mart_area_units as au on i.area_code = au.unit_code
where i.month between $first_month and $last_month
    and list_contains($indicators, i.indicator)
    and list_contains($areas, au.area_code)
group by au.area_code, i.indicator, i.month
order by au.area_code, i.indicator, i.month
