-- Acute home visits with a request date, whether they came no later than the next weekday, how many
-- days they waited and the request's day (`workdays.request_day`: its weekday, or "holiday").
create or replace view int_acute_visits as
select
    v.visit_id,
    v.record_key,
    cast(date_trunc('month', v.visit_date) as date) as month,
    v.area_code,
    v.hc_id,
    v.requested_on,
    w.next_workday,
    w.request_day,
    v.visit_date <= w.next_workday as is_next_weekday,
    datediff('day', v.requested_on, v.visit_date) as wait_days,
from stg_home_visits as v
join ref_workdays as w on v.requested_on = w.day
where v.visit_kind = 'acute'
    and v.requested_on is not null
