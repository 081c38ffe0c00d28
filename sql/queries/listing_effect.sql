-- Home-care patients 65+ of an area at a month's end by the listing centre's part in the scheme.
select
    listing_status,
    cast(sum(count_active_65) as bigint) as count_active_65,
    cast(sum(count_without_doctor_65) as bigint) as count_without_doctor_65,
from mart_listing_monthly
where month = $month
    and area_code in (select unit_code from mart_area_units where area_code = $area_code)
group by listing_status
order by listing_status
