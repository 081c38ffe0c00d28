-- Home-care patients 65+ at a month's end by the listing centre's part in the scheme, for each of the
-- given areas (an area holding every unit beneath it): the selected area and those above it in one question.
select
    au.area_code,
    l.listing_status,
    cast(sum(l.count_active_65) as bigint) as count_active_65,
    cast(sum(l.count_without_doctor_65) as bigint) as count_without_doctor_65,
    cell_key(l.key_active_65) as key_active_65,
    cell_key(l.key_without_doctor_65) as key_without_doctor_65,
from mart_listing_monthly as l
inner join mart_area_units as au on l.area_code = au.unit_code
where l.month = $month
    and list_contains($areas, au.area_code)
group by au.area_code, l.listing_status
order by au.area_code, l.listing_status
