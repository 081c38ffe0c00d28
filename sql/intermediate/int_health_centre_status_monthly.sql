-- Whether each health centre is open, and taking part in the mobile-doctor scheme, at each month's end.
create or replace view int_health_centre_status_monthly as
select
    m.month,
    h.hc_id,
    h.area_code,
    (
        h.mobile_doctor_start is not null
        and h.mobile_doctor_start <= m.month_end
        and (h.mobile_doctor_end is null or h.mobile_doctor_end > m.month_end)
    ) as is_participating,
from stg_health_centres as h
join int_months as m
    on (h.opened_on is null or h.opened_on <= m.month_end)
    and (h.closed_on is null or h.closed_on > m.month_end)
