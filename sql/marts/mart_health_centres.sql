-- Grain: hc_id.
-- One health centre.
create or replace view mart_health_centres as
select hc_id, hc_name, area_code, ownership, opened_on, closed_on, mobile_doctor_start, mobile_doctor_end,
from stg_health_centres
