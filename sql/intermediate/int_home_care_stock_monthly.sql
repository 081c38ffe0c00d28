-- Home-care episodes of patients 65+ active at each month's end, by unit and listing centre, with
-- each count's cell key (sql/macros/cell_keys.sql).
create or replace view int_home_care_stock_monthly as
with active as (
    select
        m.month,
        e.area_code,
        e.hc_id,
        e.is_fixed_contact,
        e.record_key,
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
    cell_key(record_key) as key_active_65,
    cell_key(if(has_mobile_doctor, record_key, 0)) as key_mobile_doctor_65,
    cell_key(if(has_mobile_doctor and is_fixed_contact, record_key, 0)) as key_fixed_contact_65,
    cell_key(if(has_mobile_doctor, 0, record_key)) as key_without_doctor_65,
from active
group by month, area_code, hc_id
