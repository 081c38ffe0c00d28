-- The units in which each near-care team has episodes: a team's counts hold those units' rows.
select distinct
    e.team_id,
    e.area_code as unit_code
from mart_nsvt_episodes as e
order by e.team_id, unit_code
