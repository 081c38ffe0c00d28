-- Grain: month.
-- The months of follow-up, the months a user can choose a period from: only months for which
-- every activity source of the extract holds data, so that no indicator reads 0 for a month its
-- source does not cover (docs/data-decisions.md, "Months and periods").
-- Start: the latest of the first months of home visits, near-care enrolments and ED months. A
-- source reaches back further only with what was still open when the extract began (near-care
-- episodes enrolled before it), which is not a whole month's data.
-- It ends with the reference date's month; the query module offers up to the latest complete one.
-- A source with no rows sets no bound; an extract with no activity at all starts with its
-- first home-care enrolment.
create or replace view mart_months as
with bounds as (
    select
        coalesce(
            greatest(
                (select min(visit_date) from stg_home_visits),
                (select min(enrolled_on) from stg_nsvt_episodes),
                (select min(month) from stg_ed_visits_monthly)
            ),
            (select min(enrolled_on) from stg_home_care_episodes)
        ) as first_day
)

select m.month
from int_months as m, bounds as b
where m.month >= date_trunc('month', b.first_day)
