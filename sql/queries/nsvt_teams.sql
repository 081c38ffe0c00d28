-- The near-care teams, for choosing one and checking an id, with the units each serves (its catchment,
-- `nsvt_team_areas`): the team filter offers the teams serving the area chosen. And the month of each
-- team's first enrolment in the extract: the emergency page's timeline marks a team's start in it.
select
    t.team_id,
    t.team_name,
    t.hospital,
    coalesce(list(a.unit_code order by a.unit_code) filter (where a.unit_code is not null), []) as unit_codes,
    (select min(e.enrolled_month) from mart_nsvt_episodes as e where e.team_id = t.team_id) as first_enrolled
from mart_nsvt_teams as t
left join mart_nsvt_team_areas as a on t.team_id = a.team_id
group by t.team_id, t.team_name, t.hospital
order by t.team_name
