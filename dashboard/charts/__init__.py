"""Altair charts in the product's theme: lines, bars, funnels, control charts and the map."""
