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
        count(*) filter (where is_team_visit) as count_team_visits,
        cell_key(record_key) as key_visits,
        cell_key(if(is_team_visit, record_key, 0)) as key_team_visits
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
