-- Grain: team_id.
-- One near-care team.
create or replace view mart_nsvt_teams as
select team_id, team_name, hospital from stg_nsvt_teams
