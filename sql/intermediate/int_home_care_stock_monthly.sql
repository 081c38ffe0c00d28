-- Home-care episodes of patients 65+ active at each month's end, by unit and listing centre.
create or replace view int_home_care_stock_monthly as
with active as (
    select
        m.month,
        e.area_code,
        e.hc_id,
        e.is_fixed_contact,
        e.mobile_doctor_from is not null and e.mobile_doctor_from <= m.month_end as has_mobile_doctor,
    from stg_home_care_episodes as e
    join int_months as m
        on e.enrolled_on <= m.month_end
        and (e.discharged_on is null or e.discharged_on > m.month_end)
    where year(m.month_end) - e.birth_year >= 65
)

select
    month,
    area_code,
    hc_id,
    count(*) as count_active_65,
    count(*) filter (where has_mobile_doctor) as count_mobile_doctor_65,
    count(*) filter (where has_mobile_doctor and is_fixed_contact) as count_fixed_contact_65,
from active
group by month, area_code, hc_id
