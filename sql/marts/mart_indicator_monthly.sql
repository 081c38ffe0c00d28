-- Grain: indicator × month × home-care unit × health centre × near-care team.
-- Numerators and denominators are additive over units, centres, teams and (for flows) months,
-- so any area, centre, team and period is one sum over this view. Definitions: data-contract.md.
create or replace view mart_indicator_monthly as
with
-- home-care stock: patients 65+ active at the month's end ---------------------------------
coverage as (
    select 'coverage_offered_65' as indicator, month, area_code, hc_id, null as team_id,
        count_mobile_doctor_65 as numerator, count_active_65 as denominator
    from int_home_care_stock_monthly
),
fixed_contact as (
    select 'fixed_contact_65', month, area_code, hc_id, null,
        count_fixed_contact_65, count_active_65
    from int_home_care_stock_monthly
),
known_population as (
    select distinct month, area_code
    from int_population_monthly
    where count_inhabitants is not null
),
need_reached as (
    select 'need_coverage', s.month, s.area_code, s.hc_id, null,
        s.count_mobile_doctor_65, null
    from int_home_care_stock_monthly as s
    semi join known_population as k on k.month = s.month and k.area_code = s.area_code
),
need_estimated as (
    select 'need_coverage', month, area_code, null, null,
        null, 0.15 * sum(count_inhabitants)
    from int_population_monthly
    where age_band in ('65-79', '80+') and count_inhabitants is not null
    group by month, area_code
),
-- health centres and units taking part ------------------------------------------------------
participation as (
    select 'hc_participation', month, area_code, hc_id, null,
        cast(is_participating as integer), 1
    from int_health_centre_status_monthly
),
unit_participation as (
    select month, area_code, bool_or(is_participating) as has_participating
    from int_health_centre_status_monthly
    group by month, area_code
),
units_offering as (
    select 'units_offering', m.month, u.unit_code, null, null,
        cast(coalesce(p.has_participating, false) as integer), 1
    from int_months as m
    cross join int_home_care_units as u
    left join unit_participation as p on p.month = m.month and p.area_code = u.unit_code
),
-- mobile doctors' home visits ---------------------------------------------------------------
visits as (
    select cast(date_trunc('month', visit_date) as date) as month, area_code, hc_id,
        count(*) as count_visits,
        count(*) filter (where is_team_visit) as count_team_visits,
    from stg_home_visits
    group by all
),
home_visits as (
    select 'home_visits', month, area_code, hc_id, null, count_visits, null
    from visits
),
team_visits as (
    select 'team_visit_share', month, area_code, hc_id, null, count_team_visits, count_visits
    from visits
),
acute as (
    select 'acute_next_weekday', month, area_code, hc_id, null,
        count(*) filter (where is_next_weekday), count(*)
    from int_acute_visits
    group by all
),
-- near-care teams ---------------------------------------------------------------------------
nsvt_enrolled as (
    select 'nsvt_enrolled', cast(date_trunc('month', enrolled_on) as date), area_code, null, team_id,
        count(*), null
    from int_nsvt_episode_durations
    group by all
),
nsvt_active as (
    select 'nsvt_active', month, area_code, null, team_id, count_active, null
    from int_nsvt_active_monthly
),
nsvt_discharged as (
    select cast(date_trunc('month', discharged_on) as date) as month, area_code, team_id,
        count(*) as count_episodes,
        sum(enrolment_days) as sum_days,
        sum(count_visits) as sum_visits,
    from int_nsvt_episode_durations
    where is_discharged
    group by all
),
nsvt_mean_days as (
    select 'nsvt_mean_days', month, area_code, null, team_id, sum_days, count_episodes
    from nsvt_discharged
),
nsvt_visits_per_episode as (
    select 'nsvt_visits_per_episode', month, area_code, null, team_id, sum_visits, count_episodes
    from nsvt_discharged
),
-- emergency departments ---------------------------------------------------------------------
ed as (
    select 'ed_visits', month, area_code, hc_id, null, sum(count_ed_visits), null
    from stg_ed_visits_monthly
    group by all
),
readmissions as (
    select 'readmission_share', month, area_code, hc_id, null,
        sum(count_readmissions_30d), sum(count_admissions)
    from stg_ed_visits_monthly
    group by all
),
ed_80 as (
    select 'ed_rate_80', e.month, e.area_code, e.hc_id, null, sum(e.count_ed_visits), null
    from stg_ed_visits_monthly as e
    join int_population_monthly as p
        on p.month = e.month and p.area_code = e.area_code and p.age_band = '80+'
    where e.age_band = '80+' and p.count_inhabitants is not null
    group by all
),
population_80 as (
    select 'ed_rate_80', month, area_code, null, null, null, count_inhabitants
    from int_population_monthly
    where age_band = '80+' and count_inhabitants is not null
),
-- a centre's ED visits and listings count where the centre lies
ed_listed as (
    select 'ed_rate_listed', e.month, h.area_code, e.hc_id, null, sum(e.count_ed_visits), null
    from stg_ed_visits_monthly as e
    join stg_health_centres as h using (hc_id)
    group by all
),
listed as (
    select 'ed_rate_listed', l.month, h.area_code, l.hc_id, null, null, sum(l.count_listed)
    from stg_listed_population as l
    join stg_health_centres as h using (hc_id)
    group by all
),
all_rows as (
    select * from coverage
    union all select * from fixed_contact
    union all select * from need_reached
    union all select * from need_estimated
    union all select * from participation
    union all select * from units_offering
    union all select * from home_visits
    union all select * from team_visits
    union all select * from acute
    union all select * from nsvt_enrolled
    union all select * from nsvt_active
    union all select * from nsvt_mean_days
    union all select * from nsvt_visits_per_episode
    union all select * from ed
    union all select * from readmissions
    union all select * from ed_80
    union all select * from population_80
    union all select * from ed_listed
    union all select * from listed
)
select
    indicator,
    month,
    area_code,
    hc_id,
    team_id,
    cast(numerator as bigint) as numerator,
    cast(denominator as double) as denominator,
from all_rows
