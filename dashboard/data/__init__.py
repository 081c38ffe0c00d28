"""The data layer: the contract, validation, ingest, the DuckDB views and the one query module."""
