-- Numerator and denominator sums by area (each of the listed areas), indicator and month.
select
    au.area_code as group_code,
    i.indicator,
    i.month,
    cast(sum(i.numerator) as bigint) as numerator,
    cast(sum(i.denominator) as double) as denominator,
from mart_indicator_monthly as i
join mart_area_units as au on au.unit_code = i.area_code
where i.month between $first_month and $last_month
    and list_contains($indicators, i.indicator)
    and list_contains($areas, au.area_code)
group by au.area_code, i.indicator, i.month
order by group_code, indicator, month
