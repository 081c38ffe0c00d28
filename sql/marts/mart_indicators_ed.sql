-- Grain: indicator, month, area_code, hc_id, team_id.
-- Emergency-department indicators: visits per 1,000 inhabitants of each age band and of all ages
-- (ed_rate_80 the contract's, the others the page's), per 1,000 listed, and readmissions. A rate's
-- visits (by centre) and its population (by unit, or listed at a centre) are summed into one row per
-- key. Definitions: data-contract.md.
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

-- a band's visits count only where the unit's population of the band is known that month; all ages
-- are the bands' sums, so each band known adds its visits and its inhabitants alike
band_rate_parts as (
    select
        e.month,
        e.area_code,
        e.hc_id,
        e.age_band,
        e.count_ed_visits as numerator,
        null as denominator,
        e.key_ed_visits as numerator_key
    from stg_ed_visits_monthly as e
    join int_population_monthly as p
        on e.month = p.month and e.area_code = p.area_code and e.age_band = p.age_band
    where p.count_inhabitants is not null
    union all
    select
        month,
        area_code,
        null as hc_id,
        age_band,
        null as numerator,
        count_inhabitants as denominator,
        null as numerator_key
    from int_population_monthly
    where count_inhabitants is not null
),

band_rates as (
    select
        case age_band
            when '80+' then 'ed_rate_80'
            when '65-79' then 'ed_rate_65_79'
            when '0-64' then 'ed_rate_0_64'
        end as indicator,
        month,
        area_code,
        hc_id,
        sum(numerator) as numerator,
        sum(denominator) as denominator,
        cell_key(numerator_key) as numerator_key
    from band_rate_parts
    group by month, area_code, hc_id, age_band
    union all
    select
        'ed_rate_all' as indicator,
        month,
        area_code,
        hc_id,
        sum(numerator) as numerator,
        sum(denominator) as denominator,
        cell_key(numerator_key) as numerator_key
    from band_rate_parts
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
    select * from band_rates
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
