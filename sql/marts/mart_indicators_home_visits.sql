-- Grain: indicator, month, area_code, hc_id, team_id.
-- The mobile doctors' home visits: how many, how many with the home-care nurse, and acute ones in
-- time (definitions: data-contract.md); and, for the team-visit page, how many planned and acute,
-- and how long acute requests waited (0, 1, 2, 3 days or more) by the request's day, each a share of
-- that day's requests (`workdays.REQUEST_DAYS`), by calendar year.
create or replace view mart_indicators_home_visits as
with
visits as (
    select
        cast(date_trunc('month', visit_date) as date) as month,
        area_code,
        hc_id,
        count(*) as count_visits,
        count(*) filter (where is_team_visit) as count_team_visits,
        count(*) filter (where visit_kind = 'planned') as count_planned,
        count(*) filter (where visit_kind = 'acute') as count_acute,
        cell_key(record_key) as key_visits,
        cell_key(if(is_team_visit, record_key, 0)) as key_team_visits,
        cell_key(if(visit_kind = 'planned', record_key, 0)) as key_planned,
        cell_key(if(visit_kind = 'acute', record_key, 0)) as key_acute
    from stg_home_visits
    group by all
),

kinds as (
    select
        kind.indicator,
        v.month,
        v.area_code,
        v.hc_id,
        if(kind.indicator = 'planned_visit_share', v.count_planned, v.count_acute) as numerator,
        v.count_visits as denominator,
        if(kind.indicator = 'planned_visit_share', v.key_planned, v.key_acute) as numerator_key,
        v.key_visits as denominator_key
    from visits as v
    cross join (values ('planned_visit_share'), ('acute_visit_share')) as kind (indicator)
),

requests as (
    -- by calendar year, at its first month: a municipality's month splits its few requests over 32
    -- cells, and the waits are published for whole years only (docs/data-decisions.md)
    select
        cast(date_trunc('year', month) as date) as month,
        area_code,
        hc_id,
        request_day,
        least(wait_days, 3) as waited,
        count(*) as count_requests,
        cell_key(record_key) as key_requests
    from int_acute_visits
    group by all
),

request_days as (
    select
        month,
        area_code,
        hc_id,
        request_day,
        sum(count_requests) as count_requests,
        cell_key(key_requests) as key_requests  -- keys add up as the counts do
    from requests
    group by all
),

waits as (
    -- every wait of a day with requests, also those none waited: 0 %, not a missing figure
    select
        'acute_wait_' || d.request_day || '_' || ['0', '1', '2', '3plus'][w.waited + 1] as indicator,
        d.month,
        d.area_code,
        d.hc_id,
        coalesce(r.count_requests, 0) as numerator,
        d.count_requests as denominator,
        coalesce(r.key_requests, 0) as numerator_key,
        d.key_requests as denominator_key
    from request_days as d
    cross join (values (0), (1), (2), (3)) as w (waited)
    left join requests as r
        on d.month = r.month
        and d.area_code = r.area_code
        and d.hc_id is not distinct from r.hc_id
        and d.request_day = r.request_day
        and w.waited = r.waited
),

home_visits as (
    select
        'home_visits' as indicator,
        month,
        area_code,
        hc_id,
        count_visits as numerator,
        null as denominator,
        key_visits as numerator_key
    from visits
),

team_visits as (
    select
        'team_visit_share' as indicator,
        month,
        area_code,
        hc_id,
        count_team_visits as numerator,
        count_visits as denominator,
        key_team_visits as numerator_key,
        key_visits as denominator_key
    from visits
),

acute as (
    select
        'acute_next_weekday' as indicator,
        month,
        area_code,
        hc_id,
        count(*) filter (where is_next_weekday) as numerator,
        count(*) as denominator,
        cell_key(if(is_next_weekday, record_key, 0)) as numerator_key,
        cell_key(record_key) as denominator_key
    from int_acute_visits
    group by all
),

all_rows as (
    select * from home_visits
    union all by name
    select * from team_visits
    union all by name
    select * from acute
    union all by name
    select * from kinds
    union all by name
    select * from waits
)

select
    indicator,
    month,
    area_code,
    cast(hc_id as varchar) as hc_id,
    cast(null as varchar) as team_id,
    cast(numerator as bigint) as numerator,
    cast(denominator as double) as denominator,
    cast(numerator_key as bigint) as numerator_key,
    cast(denominator_key as bigint) as denominator_key
from all_rows
