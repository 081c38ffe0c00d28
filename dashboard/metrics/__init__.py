"""The rules: indicators, small-number suppression, control charts, survival, months and working days."""
