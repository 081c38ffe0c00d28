-- Every calendar month from the first event in the extract to the month of its reference date.
create or replace view int_months as
with bounds as (
    select
        date_trunc('month', least(
            (select min(enrolled_on) from stg_home_care_episodes),
            (select min(visit_date) from stg_home_visits),
            (select min(enrolled_on) from stg_nsvt_episodes),
            (select min(month) from stg_ed_visits_monthly),
            (select reference_date from ref_extract)
        )) as first_month,
        date_trunc('month', (select reference_date from ref_extract)) as last_month,
),

months as (
    select cast(unnest(generate_series(first_month, last_month, interval 1 month)) as date) as month
    from bounds
)

select
    month,
    cast(last_day(month) as date) as month_end,
from months
