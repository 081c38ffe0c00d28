-- Grain: indicator, month, area_code, hc_id, team_id.
-- The near-care teams' indicators: enrolments, episodes active at each month's end, and the mean
-- enrolment time and visits of the episodes discharged (by month of discharge). The Kaplan–Meier
-- median needs single episodes: mart_nsvt_episodes. Definitions: data-contract.md. Beside them the
-- near-care page's own: each discharge reason's share of the discharges and each referral source's
-- of the enrolments, and the visits by staff per episode discharged, by calendar year (stored at its
-- first month: a team's month splits its few discharges over six reasons, and a period would be
-- hidden with any of them; published for whole years only, docs/data-decisions.md), and the share of
-- the visits made with municipal home care by month; a row for every reason, source and staff
-- wherever there is a whole, so that none of them reads "no data" where it was simply 0.
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
        cell_key(key_visits) as key_visits,
        sum(count_visits_doctor) as sum_visits_doctor,
        cell_key(key_visits_doctor) as key_visits_doctor,
        sum(count_visits_nurse) as sum_visits_nurse,
        cell_key(key_visits_nurse) as key_visits_nurse,
        sum(count_visits_doctor_and_nurse) as sum_visits_doctor_and_nurse,
        cell_key(key_visits_doctor_and_nurse) as key_visits_doctor_and_nurse,
        sum(count_visits_other) as sum_visits_other,
        cell_key(key_visits_other) as key_visits_other,
        sum(count_team_visits) as sum_team_visits,
        cell_key(key_team_visits) as key_team_visits
    from int_nsvt_episode_durations
    where is_discharged
    group by all
),

discharged_yearly as (
    select
        cast(date_trunc('year', month) as date) as month,
        area_code,
        team_id,
        sum(count_episodes) as count_episodes,
        cell_key(key_episodes) as key_episodes,  -- keys add up as the counts do
        sum(sum_visits_doctor) as sum_visits_doctor,
        cell_key(key_visits_doctor) as key_visits_doctor,
        sum(sum_visits_nurse) as sum_visits_nurse,
        cell_key(key_visits_nurse) as key_visits_nurse,
        sum(sum_visits_doctor_and_nurse) as sum_visits_doctor_and_nurse,
        cell_key(key_visits_doctor_and_nurse) as key_visits_doctor_and_nurse,
        sum(sum_visits_other) as sum_visits_other,
        cell_key(key_visits_other) as key_visits_other
    from discharged
    group by all
),

enrolled_yearly as (
    select
        cast(date_trunc('year', month) as date) as month,
        area_code,
        team_id,
        sum(numerator) as count_episodes,
        cell_key(numerator_key) as key_episodes
    from enrolled
    group by all
),

reason_counts as (
    select
        cast(date_trunc('year', discharged_on) as date) as month,
        area_code,
        team_id,
        discharge_reason,
        count(*) as count_episodes,
        cell_key(record_key) as key_episodes
    from int_nsvt_episode_durations
    where is_discharged
    group by all
),

reasons as (
    select
        'nsvt_discharged_' || r.reason as indicator,
        d.month,
        d.area_code,
        d.team_id,
        coalesce(c.count_episodes, 0) as numerator,
        d.count_episodes as denominator,
        coalesce(c.key_episodes, 0) as numerator_key,
        d.key_episodes as denominator_key
    from discharged_yearly as d
    cross join (
        values ('home_care'), ('died'), ('hospital'), ('nursing_home'), ('advanced_home_care'), ('other')
    ) as r (reason)
    left join reason_counts as c
        on d.month = c.month and d.area_code = c.area_code and d.team_id = c.team_id
        and r.reason = c.discharge_reason
),

referral_counts as (
    select
        cast(date_trunc('year', enrolled_on) as date) as month,
        area_code,
        team_id,
        referred_from,
        count(*) as count_episodes,
        cell_key(record_key) as key_episodes
    from int_nsvt_episode_durations
    group by all
),

referrals as (
    select
        'nsvt_referred_' || s.source as indicator,
        e.month,
        e.area_code,
        e.team_id,
        coalesce(c.count_episodes, 0) as numerator,
        e.count_episodes as denominator,
        coalesce(c.key_episodes, 0) as numerator_key,
        e.key_episodes as denominator_key
    from enrolled_yearly as e
    cross join (values ('hospital'), ('primary_care'), ('home_care'), ('emergency'), ('other')) as s (source)
    left join referral_counts as c
        on e.month = c.month and e.area_code = c.area_code and e.team_id = c.team_id
        and s.source = c.referred_from
),

staff_visits as (
    select
        'nsvt_visits_' || v.staff as indicator,
        d.month,
        d.area_code,
        d.team_id,
        v.sum_visits as numerator,
        d.count_episodes as denominator,
        v.key_visits as numerator_key,
        d.key_episodes as denominator_key
    from discharged_yearly as d
    cross join lateral (
        values
        ('doctor', d.sum_visits_doctor, d.key_visits_doctor),
        ('nurse', d.sum_visits_nurse, d.key_visits_nurse),
        ('doctor_and_nurse', d.sum_visits_doctor_and_nurse, d.key_visits_doctor_and_nurse),
        ('other', d.sum_visits_other, d.key_visits_other)
    ) as v (staff, sum_visits, key_visits)
),

team_visits as (
    select
        'nsvt_team_visit_share' as indicator,
        month,
        area_code,
        team_id,
        sum_team_visits as numerator,
        sum_visits as denominator,
        key_team_visits as numerator_key,
        key_visits as denominator_key
    from discharged
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
    union all by name
    select * from reasons
    union all by name
    select * from referrals
    union all by name
    select * from staff_visits
    union all by name
    select * from team_visits
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
