"""Närvårdskollen: follow-up of Mobil närvård from validated Parquet extracts."""
