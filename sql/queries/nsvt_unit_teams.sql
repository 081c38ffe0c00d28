-- Every home-care unit in a month: its inhabitants of all ages (null when unknown) and each near-care
-- team that serves it, a row a team (team_id null for a unit no team serves).
with inhabitants as (
    select
        p.area_code as unit_code,
        cast(sum(p.count_inhabitants) as bigint) as count_inhabitants
    from mart_population_monthly as p
    where p.month = $month
    group by p.area_code
)

select
    u.unit_code,
    i.count_inhabitants,
    t.team_id
from (select distinct au.unit_code from mart_area_units as au) as u
left join inhabitants as i on u.unit_code = i.unit_code
left join mart_nsvt_team_areas as t on u.unit_code = t.unit_code
order by u.unit_code, t.team_id
