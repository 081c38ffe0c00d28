"""Deterministic synthetic extracts of Västra Götaland, for demos, training and tests.

A steering group should see its own region in the demo: real municipalities and districts,
plausible health centres, volumes of one region and the stories the projects reported (see
docs/demo-data.md). The same seed and scale always give the same tables, so a demo, a
screenshot and a test can be reproduced; scale multiplies people and events alike, so rates stay
realistic at any scale.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa

from dashboard.data.demo.areas import areas_table, home_care_units, read_areas
from dashboard.data.demo.dates import REFERENCE_DATE, WorkingDays
from dashboard.data.demo.ed_visits import ed_visits_table, expected_visits
from dashboard.data.demo.health_centres import health_centres_table, read_health_centres
from dashboard.data.demo.home_care import home_care_table, simulate_home_care
from dashboard.data.demo.home_visits import home_visits_table, simulate_home_visits
from dashboard.data.demo.listed_population import listed_population_table
from dashboard.data.demo.listing import listing_shares
from dashboard.data.demo.nsvt import nsvt_episodes_table, nsvt_visits_table, simulate_nsvt, simulate_nsvt_visits
from dashboard.data.demo.nsvt_teams import nsvt_team_areas_table, nsvt_teams_table
from dashboard.data.demo.population import population, population_table
from dashboard.data.demo.tables import patient_keys, pseudonyms
from dashboard.data.extract_files import write_extract

SOURCE = "Demodata (syntetisk) – Västra Götalandsregionen"


def build_tables(seed: int = 2017, scale: float = 1.0) -> dict[str, pa.Table]:
    """Every contract table, listed_population included, as Arrow tables in the contract schema."""
    if not scale > 0:
        raise ValueError(f"scale must be greater than 0, got {scale}")
    # one independent stream per generator, so that changing one leaves the others' data alone
    streams = np.random.Generator(np.random.PCG64(seed)).spawn(7)
    area_rows = read_areas()
    units = home_care_units(area_rows)
    hcs = read_health_centres(units)
    listing = listing_shares(units, hcs)
    pop = population(units, scale)

    episodes = simulate_home_care(streams[0], units, hcs, listing, scale)
    visits = simulate_home_visits(streams[1], episodes, hcs, units, WorkingDays(2016, REFERENCE_DATE.year))
    nsvt = simulate_nsvt(streams[2], episodes, units, scale)
    nsvt_visits = simulate_nsvt_visits(streams[3], nsvt)
    patients = int(max(episodes.patient.max(initial=-1), nsvt.patient.max(initial=-1))) + 1
    keys = patient_keys(pseudonyms(streams[4], patients))
    nsvt_episodes, nsvt_ids = nsvt_episodes_table(nsvt, keys, units)
    return {
        "areas": areas_table(area_rows),
        "health_centres": health_centres_table(hcs, units),
        "population": population_table(pop, units),
        "listed_population": listed_population_table(pop, listing, hcs),
        "nsvt_teams": nsvt_teams_table(),
        "nsvt_team_areas": nsvt_team_areas_table(),
        "home_care_episodes": home_care_table(episodes, keys, units, hcs),
        "home_visits": home_visits_table(visits, episodes, keys, units, hcs),
        "nsvt_episodes": nsvt_episodes,
        "nsvt_visits": nsvt_visits_table(nsvt_visits, nsvt_ids),
        "ed_visits_monthly": ed_visits_table(streams[6], expected_visits(streams[5], pop, units, hcs), listing, units,
                                             hcs),
    }


def generate(out_dir: Path, seed: int = 2017, scale: float = 1.0) -> Path:
    """Write the demo extract (all tables and manifest.json) to out_dir and return it."""
    manifest = {
        "extracted_on": REFERENCE_DATE.isoformat(),
        "source": SOURCE,
        "demo": {"seed": seed, "scale": scale},
    }
    return write_extract(Path(out_dir), build_tables(seed, scale), manifest)
