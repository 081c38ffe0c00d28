-- Grain: area_code, unit_code.
-- An area and each home-care unit beneath it: turns any area into the units it sums over.
create or replace view mart_area_units as
select area_code, unit_code from int_area_units
