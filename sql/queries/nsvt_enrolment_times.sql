-- Enrolment time of each near-care episode enrolled in the period, for one area or team.
select
    enrolled_month,
    enrolment_days,
    is_discharged,
from mart_nsvt_episodes
where enrolled_month between $first_month and $last_month
    and ($area_code is null
        or area_code in (select unit_code from mart_area_units where area_code = $area_code))
    and ($team_id is null or team_id = $team_id)
