-- Numerator and denominator sums by area (each of the listed areas), indicator and month.
select
    a.area_code as group_code,
    a.indicator,
    a.month,
    a.numerator,
    -- need_coverage's stored denominator is the population 65+; the estimated need is a share of it
    cast(a.denominator * if(a.indicator = 'need_coverage', $need_share, 1) as double) as denominator,
    a.numerator_key,
    a.denominator_key,
from mart_indicator_area_monthly as a
where a.month between $first_month and $last_month
    and list_contains($indicators, a.indicator)
    and list_contains($areas, a.area_code)
order by a.area_code, a.indicator, a.month
