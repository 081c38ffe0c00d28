-- Grain: hc_id, indicator, month.
-- Every health centre's sums of each indicator by month: its rows of mart_indicator_monthly over
-- every unit and team, keys included, as mart_indicator_area_monthly holds an area's. Stored by
-- ingest, so that the centres of an area are read from their own few rows.
create or replace view mart_indicator_hc_monthly as
select
    i.hc_id,
    i.indicator,
    i.month,
    cast(sum(i.numerator) as bigint) as numerator,
    sum(i.denominator) as denominator,
    cell_key(i.numerator_key) as numerator_key,
    cell_key(i.denominator_key) as denominator_key,
from mart_indicator_monthly as i
where i.hc_id is not null
group by i.hc_id, i.indicator, i.month
