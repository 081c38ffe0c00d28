-- Numerator and denominator sums by health centre, indicator and month, for the centres lying in an area.
select
    c.hc_id as group_code,
    c.indicator,
    c.month,
    c.numerator,
    -- need_coverage's stored denominator is the population 65+; the estimated need is a share of it
    cast(c.denominator * if(c.indicator = 'need_coverage', $need_share, 1) as double) as denominator,
    c.numerator_key,
    c.denominator_key,
from mart_indicator_hc_monthly as c
where c.month between $first_month and $last_month
    and list_contains($indicators, c.indicator)
    and c.hc_id in (
        select h.hc_id from mart_health_centres as h
        where h.area_code in (select au.unit_code from mart_area_units as au where au.area_code = $area_code)
    )
order by c.hc_id, c.indicator, c.month
