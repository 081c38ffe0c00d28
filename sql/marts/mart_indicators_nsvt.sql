-- Grain: indicator, month, area_code, hc_id, team_id.
-- The near-care teams' indicators: enrolments, episodes active at each month's end, and the mean
-- enrolment time and visits of the episodes discharged (by month of discharge). The Kaplan–Meier
-- median needs single episodes: mart_nsvt_episodes. Definitions: data-contract.md.
create or replace view mart_indicators_nsvt as
with
enrolled as (
    select
        'nsvt_enrolled' as indicator,
        cast(date_trunc('month', enrolled_on) as date) as month,
        area_code,
        team_id,
        count(*) as numerator,
        null as denominator,
        cell_key(record_key) as numerator_key
    from int_nsvt_episode_durations
    group by all
),

active as (
    select
        'nsvt_active' as indicator,
        month,
        area_code,
        team_id,
        count_active as numerator,
        null as denominator,
        key_active as numerator_key
    from int_nsvt_active_monthly
),

discharged as (
    select
        cast(date_trunc('month', discharged_on) as date) as month,
        area_code,
        team_id,
        count(*) as count_episodes,
        sum(enrolment_days) as sum_days,
        sum(count_visits) as sum_visits,
        cell_key(record_key) as key_episodes,
        cell_key(key_visits) as key_visits
    from int_nsvt_episode_durations
    where is_discharged
    group by all
),

mean_days as (
    select
        'nsvt_mean_days' as indicator,
        month,
        area_code,
        team_id,
        sum_days as numerator,
        count_episodes as denominator,
        -- a sum of days over the episodes counted: its noise comes from a key derived from theirs
        key_episodes as numerator_key,
        key_episodes as denominator_key
    from discharged
),

visits_per_episode as (
    select
        'nsvt_visits_per_episode' as indicator,
        month,
        area_code,
        team_id,
        sum_visits as numerator,
        count_episodes as denominator,
        key_visits as numerator_key,
        key_episodes as denominator_key
    from discharged
),

all_rows as (
    select * from enrolled
    union all by name
    select * from active
    union all by name
    select * from mean_days
    union all by name
    select * from visits_per_episode
)

select
    indicator,
    month,
    area_code,
    cast(null as varchar) as hc_id,
    team_id,
    cast(numerator as bigint) as numerator,
    cast(denominator as double) as denominator,
    cast(numerator_key as bigint) as numerator_key,
    cast(denominator_key as bigint) as denominator_key
from all_rows
