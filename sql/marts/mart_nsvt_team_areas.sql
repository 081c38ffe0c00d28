-- Grain: team_id, unit_code.
-- The home-care units each near-care team serves (its catchment), as the extract states it.
create or replace view mart_nsvt_team_areas as
select distinct team_id, area_code as unit_code from stg_nsvt_team_areas
