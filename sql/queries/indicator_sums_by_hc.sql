-- Numerator and denominator sums by health centre, indicator and month, for the centres lying in an area.
select
    i.hc_id as group_code,
    i.indicator,
    i.month,
    cast(sum(i.numerator) as bigint) as numerator,
    -- need_coverage's stored denominator is the population 65+; the estimated need is a share of it
    cast(sum(i.denominator) * if(i.indicator = 'need_coverage', $need_share, 1) as double) as denominator,
    cell_key(i.numerator_key) as numerator_key,
    cell_key(i.denominator_key) as denominator_key,
from mart_indicator_monthly as i
where i.month between $first_month and $last_month
    and list_contains($indicators, i.indicator)
    and i.hc_id in (
        select h.hc_id from mart_health_centres as h
        where h.area_code in (select au.unit_code from mart_area_units as au where au.area_code = $area_code)
    )
group by i.hc_id, i.indicator, i.month
order by i.hc_id, i.indicator, i.month
