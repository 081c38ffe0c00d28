-- Enrolment time of each near-care episode enrolled in the period, for one area or team.
select
    e.enrolled_month,
    e.enrolment_days,
    e.is_discharged,
    e.record_key,
from mart_nsvt_episodes as e
where e.enrolled_month between $first_month and $last_month
    and (
        $area_code is null
        or e.area_code in (select au.unit_code from mart_area_units as au where au.area_code = $area_code)
    )
    and ($team_id is null or e.team_id = $team_id)
