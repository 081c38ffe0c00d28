-- Near-care episodes with their enrolment time and visits (all, and those made with municipal home
-- care); open ones run to the reference date.
create or replace view int_nsvt_episode_durations as
with visits as (
    select
        episode_id,
        count(*) as count_visits,
        cell_key(record_key) as key_visits,
        count(*) filter (where is_team_visit) as count_team_visits,
        cell_key(case when is_team_visit then record_key else 0 end) as key_team_visits
    from stg_nsvt_visits
    group by episode_id
)

select
    e.episode_id,
    e.team_id,
    e.area_code,
    e.enrolled_on,
    e.discharged_on,
    e.discharge_reason,
    e.referred_from,
    e.record_key,
    e.discharged_on is not null as is_discharged,
    coalesce(e.discharged_on, (select r.reference_date from ref_extract as r)) - e.enrolled_on as enrolment_days,
    coalesce(v.count_visits, 0) as count_visits,
    coalesce(v.key_visits, 0) as key_visits,
    coalesce(v.count_team_visits, 0) as count_team_visits,
    coalesce(v.key_team_visits, 0) as key_team_visits,
from stg_nsvt_episodes as e
left join visits as v on e.episode_id = v.episode_id
