-- Numerator and denominator sums by health centre, indicator and month, for the centres lying in an area.
select
    i.hc_id as group_code,
    i.indicator,
    i.month,
    cast(sum(i.numerator) as bigint) as numerator,
    cast(sum(i.denominator) as double) as denominator,
from mart_indicator_monthly as i
where i.month between $first_month and $last_month
    and list_contains($indicators, i.indicator)
    and i.hc_id in (
        select hc_id from mart_health_centres
        where area_code in (select unit_code from mart_area_units where area_code = $area_code)
    )
group by i.hc_id, i.indicator, i.month
order by group_code, indicator, month
