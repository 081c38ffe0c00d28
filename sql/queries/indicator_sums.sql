-- Numerator and denominator of each asked indicator, by month, for one area, health centre or team.
select
    indicator,
    month,
    cast(sum(numerator) as bigint) as numerator,
    cast(sum(denominator) as double) as denominator,
from mart_indicator_monthly
where month between $first_month and $last_month
    and list_contains($indicators, indicator)
    and ($area_code is null
        or area_code in (select unit_code from mart_area_units where area_code = $area_code))
    and ($hc_id is null or hc_id = $hc_id)
    and ($team_id is null or team_id = $team_id)
group by indicator, month
order by indicator, month
