-- Grain: month.
-- One month of follow-up, the months a user can choose a period from. Follow-up starts
-- with the first home visit, ED month or near-care enrolment; home-care enrolments reach years
-- further back and set the start only when the extract has nothing else.
create or replace view mart_months as
with follow_up as (
    select coalesce(
        least(
            (select min(visit_date) from stg_home_visits),
            (select min(enrolled_on) from stg_nsvt_episodes),
            (select min(month) from stg_ed_visits_monthly)
        ),
        (select min(enrolled_on) from stg_home_care_episodes)
    ) as first_day
)

select m.month
from int_months as m
where m.month >= (select date_trunc('month', f.first_day) from follow_up as f)
