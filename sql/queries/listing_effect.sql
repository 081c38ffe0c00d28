-- Home-care patients 65+ of an area at a month's end by the listing centre's part in the scheme.
select
    l.listing_status,
    cast(sum(l.count_active_65) as bigint) as count_active_65,
    cast(sum(l.count_without_doctor_65) as bigint) as count_without_doctor_65,
    cell_key(l.key_active_65) as key_active_65,
    cell_key(l.key_without_doctor_65) as key_without_doctor_65,
from mart_listing_monthly as l
where l.month = $month
    and l.area_code in (select au.unit_code from mart_area_units as au where au.area_code = $area_code)
group by l.listing_status
order by l.listing_status
