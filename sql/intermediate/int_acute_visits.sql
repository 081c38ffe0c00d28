-- Acute home visits with a request date, and whether they came no later than the next weekday.
create or replace view int_acute_visits as
select
    v.visit_id,
    v.record_key,
    cast(date_trunc('month', v.visit_date) as date) as month,
    v.area_code,
    v.hc_id,
    v.requested_on,
    w.next_workday,
    v.visit_date <= w.next_workday as is_next_weekday,
from stg_home_visits as v
join ref_workdays as w on v.requested_on = w.day
where v.visit_kind = 'acute'
    and v.requested_on is not null
