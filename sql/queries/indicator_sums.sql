-- Numerator and denominator of each asked indicator, by month, for one area, health centre or team,
-- with their cell keys.
select
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
    and (
        $area_code is null
        or i.area_code in (select au.unit_code from mart_area_units as au where au.area_code = $area_code)
    )
    and ($hc_id is null or i.hc_id = $hc_id)
    and ($team_id is null or i.team_id = $team_id)
group by i.indicator, i.month
order by i.indicator, i.month
