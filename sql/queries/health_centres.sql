-- The health centres, for choosing one and checking an id.
select hc_id, hc_name, area_code, ownership, opened_on, closed_on, mobile_doctor_start, mobile_doctor_end
from mart_health_centres
order by hc_name
