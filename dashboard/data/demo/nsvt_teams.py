"""The hospital-based near-care teams of the seeds, the units each serves and how each works.

Seed 000 names the teams and gives their first figures (enrolled per month, mean enrolment time,
visits per patient); these rows carry them, with the volume each grows to once established, so
that the region enrols about 1,000 patients a year.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

from dashboard.data.demo.tables import contract_table

# Seed 000: Skaraborg's three teams, west (from November 2008), south (November 2014) and north
# (October 2015), "in all Skaraborg's 15 municipalities"; 150 patients in 2016, 159 in 2017
# Lidköping, Götene, Grästorp, Vara, Essunga, Skara
SKARABORG_WEST = ("1494", "1471", "1444", "1470", "1445", "1495")
SKARABORG_SOUTH = ("1496", "1499", "1498")  # Skövde, Falköping, Tidaholm
# Mariestad, Töreboda, Gullspång, Karlsborg, Hjo, Tibro
SKARABORG_NORTH = ("1493", "1473", "1447", "1446", "1497", "1472")
SJUHARAD = ("1443", "1490", "1466", "1463", "1465", "1452", "1491", "1442")
# NU's area includes Lilla Edet, but not Bengtsfors and Dals-Ed, a hundred kilometres and more from
# Uddevalla: the demo's units served by no team (the seeds report no team for Dalsland)
FYRBODAL = ("1439", "1484", "1461", "1430", "1421", "1427", "1486", "1435", "1488", "1485", "1487", "1492", "1462")


@dataclass(frozen=True)
class Team:
    team_id: str
    team_name: str
    hospital: str
    starts: str  # first enrolment
    units: tuple[str, ...]
    per_month_first: float  # enrolments a month in the first year
    per_month_full: float  # … once established (after story.NSVT_RAMP_MONTHS)
    median_days: float  # of the enrolment time (lognormal: ≈ 1.65 × the median on average, less
    # where home care ends first)
    visits_per_episode: float  # aimed at; ≈ 10 % fewer where home care ends the enrolment early


TEAMS = (
    Team("NSVT-ALI", "Närsjukvårdsteam Alingsås/Lerum", "Alingsås lasarett", "2016-06-01",
         ("1489", "1441"), 3.5, 6, 145, 10.4),
    Team("NSVT-KUN", "Närsjukvårdsteam Kungälv", "Kungälvs sjukhus", "2017-03-01",
         ("1482", "1440", "1415", "1419", "1407", "1480-NH"), 5, 11, 130, 8.8),
    Team("NSVT-SAL", "Närsjukvårdsteam Södra Älvsborg", "Södra Älvsborgs sjukhus, Borås", "2016-10-01",
         SJUHARAD, 3.8, 13, 110, 5.8),
    Team("NSVT-SKV", "Närsjukvårdsteam Västra Skaraborg", "Skaraborgs sjukhus, Lidköping", "2016-09-01",
         SKARABORG_WEST, 6, 7.5, 130, 12.3),
    Team("NSVT-SKS", "Närsjukvårdsteam Södra Skaraborg", "Skaraborgs sjukhus, Skövde", "2016-09-01",
         SKARABORG_SOUTH, 3.5, 6, 120, 12.3),
    Team("NSVT-SKN", "Närsjukvårdsteam Norra Skaraborg", "Skaraborgs sjukhus, Mariestad", "2016-09-01",
         SKARABORG_NORTH, 2.2, 5.5, 140, 12.3),
    Team("NSVT-SUM", "Närsjukvårdsteam SU/Mölndal", "Sahlgrenska Universitetssjukhuset, Mölndal", "2017-02-01",
         ("1481", "1401", "1480-AFH", "1480-VG", "1480-ML", "1480-CEN"), 10, 14, 120, 5.6),
    Team("NSVT-SUO", "Närsjukvårdsteam SU/Östra", "Sahlgrenska Universitetssjukhuset, Östra", "2017-04-01",
         ("1480-ANG", "1480-OST", "1480-OH", "1402", "1480-LUN", "1480-VH"), 2, 7, 125, 6.6),
    Team("NSVT-NU", "Närsjukvårdsteam NU-sjukvården", "NU-sjukvården, Uddevalla", "2018-03-01",
         FYRBODAL, 5, 15, 130, 7.7),
)


def nsvt_teams_table() -> pa.Table:
    return contract_table("nsvt_teams", {
        "team_id": [t.team_id for t in TEAMS],
        "team_name": [t.team_name for t in TEAMS],
        "hospital": [t.hospital for t in TEAMS],
    })


def nsvt_team_areas_table() -> pa.Table:
    pairs = [(t.team_id, unit) for t in TEAMS for unit in t.units]
    return contract_table("nsvt_team_areas", {"team_id": [p[0] for p in pairs], "area_code": [p[1] for p in pairs]})
