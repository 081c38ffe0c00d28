-- The cell key method's keys (dashboard/metrics/perturbation.py). Every row that a published count
-- counts has a record key in [0, 2^32), hashed from its kind and id; a cell's key is the sum of its
-- rows' keys modulo 2^32, so the same rows give the same key under any name and keys add up like
-- the counts. The secret that makes the noise unguessable is mixed in by Python, never stored here.
create or replace macro record_key(kind, id) as cast(hash(kind, id) % 4294967296 as bigint);

create or replace macro cell_key(record_keys) as cast(sum(record_keys) % 4294967296 as bigint);
