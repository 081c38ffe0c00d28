-- Grain: indicator, month, area_code, hc_id, team_id.
-- Home-care indicators: patients 65+ active at each month's end, the centres and units taking part,
-- and the need reached. need_coverage's denominator is the population 65+ itself: the share of it
-- estimated in need is a setting, applied where the sums are asked (sql/queries/indicator_sums*.sql),
-- so a stored mart never holds a setting. Each count of people has its cell key beside it
-- (sql/macros/cell_keys.sql); populations, centres and units have none. Definitions: data-contract.md.
create or replace view mart_indicators_home_care as
with
-- computed once for the three indicators counting these patients (twice as fast as three times)
stock as materialized (
    select * from int_home_care_stock_monthly
),

coverage as (
    select
        'coverage_offered_65' as indicator,
        month,
        area_code,
        hc_id,
        count_mobile_doctor_65 as numerator,
        count_active_65 as denominator,
        key_mobile_doctor_65 as numerator_key,
        key_active_65 as denominator_key
    from stock
),

fixed_contact as (
    select
        'fixed_contact_65' as indicator,
        month,
        area_code,
        hc_id,
        count_fixed_contact_65 as numerator,
        count_active_65 as denominator,
        key_fixed_contact_65 as numerator_key,
        key_active_65 as denominator_key
    from stock
),

known_population as (
    select distinct
        month,
        area_code
    from int_population_monthly
    where count_inhabitants is not null
),

-- patients by centre and the population by unit: a unit's row without a centre gets both
need_parts as (
    select
        s.month,
        s.area_code,
        s.hc_id,
        s.count_mobile_doctor_65 as numerator,
        null as denominator,
        s.key_mobile_doctor_65 as numerator_key
    from stock as s
    semi join known_population as k on s.month = k.month and s.area_code = k.area_code
    union all
    select
        month,
        area_code,
        null as hc_id,
        null as numerator,
        sum(count_inhabitants) as denominator,
        null as numerator_key
    from int_population_monthly
    where age_band in ('65-79', '80+') and count_inhabitants is not null
    group by month, area_code
),

need as (
    select
        'need_coverage' as indicator,
        month,
        area_code,
        hc_id,
        sum(numerator) as numerator,
        sum(denominator) as denominator,
        cell_key(numerator_key) as numerator_key
    from need_parts
    group by month, area_code, hc_id
),

participation as (
    select
        'hc_participation' as indicator,
        month,
        area_code,
        hc_id,
        cast(is_participating as integer) as numerator,
        1 as denominator
    from int_health_centre_status_monthly
),

unit_participation as (
    select
        month,
        area_code,
        bool_or(is_participating) as has_participating
    from int_health_centre_status_monthly
    group by month, area_code
),

units_offering as (
    select
        'units_offering' as indicator,
        m.month,
        u.unit_code as area_code,
        null as hc_id,
        cast(coalesce(p.has_participating, false) as integer) as numerator,
        1 as denominator
    from int_months as m
    cross join int_home_care_units as u
    left join unit_participation as p on m.month = p.month and u.unit_code = p.area_code
),

all_rows as (
    select * from coverage
    union all by name
    select * from fixed_contact
    union all by name
    select * from need
    union all by name
    select * from participation
    union all by name
    select * from units_offering
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
