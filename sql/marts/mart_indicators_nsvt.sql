-- Grain: indicator, month, area_code, hc_id, team_id.
-- The near-care teams' indicators: enrolments, episodes active at each month's end, and the mean
-- enrolment time and visits of the episodes discharged (by month of discharge). The Kaplan–Meier
-- median needs single episodes: mart_nsvt_episodes. Definitions: data-contract.md. Beside them the
-- near-care page's own: each discharge reason's share of the discharges and each referral source's
-- of the enrolments, and the visits by staff per episode discharged, by calendar year (stored at its
-- first month: a team's month splits its few discharges over six reasons, and a period would be
-- hidden with any of them; published for whole years only, docs/data-decisions.md), and the share of
-- the visits made with municipal home care by month, and the enrolment time by year; a row for every
-- reason, source and staff wherever there is a whole, so that none of them reads "no data" where it
-- was simply 0.
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
        sum(count_team_visits) as sum_team_visits,
        cell_key(record_key) as key_episodes,
        cell_key(key_visits) as key_visits,
        cell_key(key_team_visits) as key_team_visits
    from int_nsvt_episode_durations
    where is_discharged
    group by all
),

-- the page's figures of a whole's parts, by calendar year at its first month: each part counted...
part_counts as (
    select
        'nsvt_discharged_' || discharge_reason as indicator,
        cast(date_trunc('year', discharged_on) as date) as month,
        area_code,
        team_id,
        count(*) as numerator,
        cell_key(record_key) as numerator_key
    from int_nsvt_episode_durations
    where is_discharged
    group by all
    union all by name
    select
        'nsvt_referred_' || referred_from as indicator,
        cast(date_trunc('year', enrolled_on) as date) as month,
        area_code,
        team_id,
        count(*) as numerator,
        cell_key(record_key) as numerator_key
    from int_nsvt_episode_durations
    group by all
    union all by name
    select
        'nsvt_visits_' || v.staff as indicator,
        cast(date_trunc('year', e.discharged_on) as date) as month,
        e.area_code,
        e.team_id,
        count(*) as numerator,
        cell_key(v.record_key) as numerator_key
    from stg_nsvt_visits as v
    inner join int_nsvt_episode_durations as e on v.episode_id = e.episode_id
    where e.is_discharged
    group by all
),

-- ... and each part's whole, for every part wherever the whole has episodes (a part none had is 0)
part_wholes as (
    select
        e.area_code,
        e.team_id,
        cast(date_trunc('year', e.month) as date) as month,
        p.prefix || p.part as indicator,
        sum(e.numerator) as denominator,
        cell_key(e.numerator_key) as denominator_key  -- keys add up as the counts do
    from (
        select month, area_code, team_id, numerator, numerator_key, 'enrolled' as whole from enrolled
        union all
        select month, area_code, team_id, count_episodes, key_episodes, 'discharged' as whole from discharged
    ) as e
    inner join (
        values
        ('discharged', 'nsvt_discharged_', 'home_care'), ('discharged', 'nsvt_discharged_', 'died'),
        ('discharged', 'nsvt_discharged_', 'hospital'), ('discharged', 'nsvt_discharged_', 'nursing_home'),
        ('discharged', 'nsvt_discharged_', 'advanced_home_care'), ('discharged', 'nsvt_discharged_', 'other'),
        ('enrolled', 'nsvt_referred_', 'hospital'), ('enrolled', 'nsvt_referred_', 'primary_care'),
        ('enrolled', 'nsvt_referred_', 'home_care'), ('enrolled', 'nsvt_referred_', 'emergency'),
        ('enrolled', 'nsvt_referred_', 'other'),
        ('discharged', 'nsvt_visits_', 'doctor'), ('discharged', 'nsvt_visits_', 'nurse'),
        ('discharged', 'nsvt_visits_', 'doctor_and_nurse'), ('discharged', 'nsvt_visits_', 'other')
    ) as p (whole, prefix, part) on e.whole = p.whole
    group by all
),

parts as (
    select
        w.indicator,
        w.month,
        w.area_code,
        w.team_id,
        coalesce(c.numerator, 0) as numerator,
        w.denominator,
        coalesce(c.numerator_key, 0) as numerator_key,
        w.denominator_key
    from part_wholes as w
    left join part_counts as c
        on w.indicator = c.indicator and w.month = c.month and w.area_code = c.area_code
        and w.team_id = c.team_id
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

-- the page's enrolment time by calendar year, at its first month: the episodes enrolled and the mean
-- days of those discharged (a team's small month would hide its whole year of the contract's)
yearly_time as (
    select
        'nsvt_year_enrolled' as indicator,
        cast(date_trunc('year', month) as date) as month,
        area_code,
        team_id,
        sum(numerator) as numerator,
        null as denominator,
        cell_key(numerator_key) as numerator_key,
        null as denominator_key
    from enrolled
    group by all
    union all by name
    select
        'nsvt_year_mean_days' as indicator,
        cast(date_trunc('year', month) as date) as month,
        area_code,
        team_id,
        sum(sum_days) as numerator,
        sum(count_episodes) as denominator,
        cell_key(key_episodes) as numerator_key,
        cell_key(key_episodes) as denominator_key
    from discharged
    group by all
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
    select * from parts
    union all by name
    select * from team_visits
    union all by name
    select * from yearly_time
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
