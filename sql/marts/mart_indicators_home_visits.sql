-- Grain: indicator, month, area_code, hc_id, team_id.
-- The mobile doctors' home visits: how many, how many with the home-care nurse, and acute ones in
-- time. Definitions: data-contract.md.
create or replace view mart_indicators_home_visits as
with
visits as (
    select
        cast(date_trunc('month', visit_date) as date) as month,
        area_code,
        hc_id,
        count(*) as count_visits,
        count(*) filter (where is_team_visit) as count_team_visits
    from stg_home_visits
    group by all
),

home_visits as (
    select
        'home_visits' as indicator,
        month,
        area_code,
        hc_id,
        count_visits as numerator,
        null as denominator
    from visits
),

team_visits as (
    select
        'team_visit_share' as indicator,
        month,
        area_code,
        hc_id,
        count_team_visits as numerator,
        count_visits as denominator
    from visits
),

acute as (
    select
        'acute_next_weekday' as indicator,
        month,
        area_code,
        hc_id,
        count(*) filter (where is_next_weekday) as numerator,
        count(*) as denominator
    from int_acute_visits
    group by all
),

all_rows as (
    select * from home_visits
    union all by name
    select * from team_visits
    union all by name
    select * from acute
)

select
    indicator,
    month,
    area_code,
    cast(hc_id as varchar) as hc_id,
    cast(null as varchar) as team_id,
    cast(numerator as bigint) as numerator,
    cast(denominator as double) as denominator
from all_rows
