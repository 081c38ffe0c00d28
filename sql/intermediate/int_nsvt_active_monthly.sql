-- Near-care episodes active at each month's end, by team and unit.
create or replace view int_nsvt_active_monthly as
select
    m.month,
    e.area_code,
    e.team_id,
    count(*) as count_active,
    cell_key(e.record_key) as key_active,
from stg_nsvt_episodes as e
join int_months as m
    on e.enrolled_on <= m.month_end
    and (e.discharged_on is null or e.discharged_on > m.month_end)
group by m.month, e.area_code, e.team_id
