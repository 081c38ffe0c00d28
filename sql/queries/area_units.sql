-- Each area with the home-care units beneath it, for listing an area's health centres.
select area_code, unit_code from mart_area_units order by area_code, unit_code
