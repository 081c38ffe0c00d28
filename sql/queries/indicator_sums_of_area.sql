-- Numerator and denominator of each asked indicator, by month, for one area, with their cell keys:
-- indicator_sums.sql for an area, read from the area's own sums.
select
    a.indicator,
    a.month,
    a.numerator,
    -- need_coverage's stored denominator is the population 65+; the estimated need is a share of it
    cast(a.denominator * if(a.indicator = 'need_coverage', $need_share, 1) as double) as denominator,
    a.numerator_key,
    a.denominator_key,
from mart_indicator_area_monthly as a
where a.area_code = $area_code
    and a.month between $first_month and $last_month
    and list_contains($indicators, a.indicator)
order by a.indicator, a.month
