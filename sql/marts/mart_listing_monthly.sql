-- Grain: month, area_code, listing_status.
-- Home-care patients 65+ active at the month's end by whether the centre they are listed at takes
-- part in the scheme then: the listing effect.
create or replace view mart_listing_monthly as
select
    s.month,
    s.area_code,
    case
        when s.hc_id is null then 'unknown'
        when coalesce(h.is_participating, false) then 'participating'
        else 'not_participating'
    end as listing_status,
    sum(s.count_active_65) as count_active_65,
    sum(s.count_active_65 - s.count_mobile_doctor_65) as count_without_doctor_65,
    cell_key(s.key_active_65) as key_active_65,
    cell_key(s.key_without_doctor_65) as key_without_doctor_65,
from int_home_care_stock_monthly as s
left join int_health_centre_status_monthly as h
    on s.month = h.month and s.hc_id = h.hc_id
group by all
