-- Grain: indicator, month, area_code, hc_id, team_id.
-- Every indicator's numerator and denominator, one domain a mart. Numerators and denominators are
-- additive over units, centres, teams and (for flows) months, so any area, centre, team and period
-- is one sum over this view; the query module reads only this name.
create or replace view mart_indicator_monthly as
select * from mart_indicators_home_care
union all by name
select * from mart_indicators_home_visits
union all by name
select * from mart_indicators_nsvt
union all by name
select * from mart_indicators_ed
