-- Grain: area_code, indicator, month.
-- Every area's sums of each indicator by month: its units' rows of mart_indicator_monthly over every
-- centre and team, summed as the question of one area sums them, keys included (a key of keys is
-- the key of their rows). Stored by ingest, so that a page asking for an area reads its own few
-- rows, not every unit's.
create or replace view mart_indicator_area_monthly as
select
    au.area_code,
    i.indicator,
    i.month,
    cast(sum(i.numerator) as bigint) as numerator,
    sum(i.denominator) as denominator,
    cell_key(i.numerator_key) as numerator_key,
    cell_key(i.denominator_key) as denominator_key,
from mart_indicator_monthly as i
inner join mart_area_units as au on i.area_code = au.unit_code
group by au.area_code, i.indicator, i.month
