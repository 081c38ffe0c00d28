-- Grain: reference_date, source.
-- The extract itself, one row: its reference date and source.
create or replace view mart_extract as
select reference_date, source from ref_extract
