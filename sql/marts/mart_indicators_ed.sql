-- Grain: indicator, month, area_code, hc_id, team_id.
-- Emergency-department indicators. A rate's visits (by centre) and its population (by unit, or
-- listed at a centre) are summed into one row per key. Definitions: data-contract.md.
create or replace view mart_indicators_ed as
with
ed as (
    select
        'ed_visits' as indicator,
        month,
        area_code,
        hc_id,
        sum(count_ed_visits) as numerator,
        null as denominator,
        cell_key(key_ed_visits) as numerator_key
    from stg_ed_visits_monthly
    group by all
),

readmissions as (
    select
        'readmission_share' as indicator,
        month,
        area_code,
        hc_id,
        sum(count_readmissions_30d) as numerator,
        sum(count_admissions) as denominator,
        cell_key(key_readmissions_30d) as numerator_key,
        cell_key(key_admissions) as denominator_key
    from stg_ed_visits_monthly
    group by all
),

-- visits 80+ count only where the unit's population is known that month
rate_80_parts as (
    select
        e.month,
        e.area_code,
        e.hc_id,
        e.count_ed_visits as numerator,
        null as denominator,
        e.key_ed_visits as numerator_key
    from stg_ed_visits_monthly as e
    join int_population_monthly as p
        on e.month = p.month and e.area_code = p.area_code and p.age_band = '80+'
    where e.age_band = '80+' and p.count_inhabitants is not null
    union all
    select
        month,
        area_code,
        null as hc_id,
        null as numerator,
        count_inhabitants as denominator,
        null as numerator_key
    from int_population_monthly
    where age_band = '80+' and count_inhabitants is not null
),

rate_80 as (
    select
        'ed_rate_80' as indicator,
        month,
        area_code,
        hc_id,
        sum(numerator) as numerator,
        sum(denominator) as denominator,
        cell_key(numerator_key) as numerator_key
    from rate_80_parts
    group by month, area_code, hc_id
),

-- a centre's ED visits and listings count where the centre lies
rate_listed_parts as (
    select
        e.month,
        e.hc_id,
        e.count_ed_visits as numerator,
        null as denominator,
        e.key_ed_visits as numerator_key
    from stg_ed_visits_monthly as e
    union all
    select
        month,
        hc_id,
        null as numerator,
        count_listed as denominator,
        null as numerator_key
    from stg_listed_population
),

rate_listed as (
    select
        'ed_rate_listed' as indicator,
        r.month,
        h.area_code,
        r.hc_id,
        sum(r.numerator) as numerator,
        sum(r.denominator) as denominator,
        cell_key(r.numerator_key) as numerator_key
    from rate_listed_parts as r
    join stg_health_centres as h on r.hc_id = h.hc_id
    group by r.month, h.area_code, r.hc_id
),

all_rows as (
    select * from ed
    union all by name
    select * from readmissions
    union all by name
    select * from rate_80
    union all by name
    select * from rate_listed
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
