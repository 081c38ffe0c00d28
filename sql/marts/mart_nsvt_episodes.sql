-- Grain: episode_id.
-- One near-care episode; the enrolment-time survival curve needs single episodes, and its counts
-- their record keys.
create or replace view mart_nsvt_episodes as
select
    episode_id,
    team_id,
    area_code,
    cast(date_trunc('month', enrolled_on) as date) as enrolled_month,
    enrolment_days,
    is_discharged,
    record_key,
from int_nsvt_episode_durations
