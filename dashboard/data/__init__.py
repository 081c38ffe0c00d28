"""The data layer: the contract, validation, ingest, the DuckDB views, the marts stored at ingest (cube)
and the one query module."""
