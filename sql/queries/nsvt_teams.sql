-- The near-care teams, for choosing one and checking an id.
select team_id, team_name, hospital from mart_nsvt_teams order by team_name
