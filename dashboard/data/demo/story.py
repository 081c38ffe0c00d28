"""The story the demo data tells, as numbers: every hand-chosen parameter in one place.

A steering group recognises its own region in the demo only if the figures match what the
projects reported (docs/demo-data.md cites each one); keeping the knobs here, named for what they
mean, lets that document point at one line and a reviewer change a story without reading code.
Health centres, with their roll-out dates, are in health_centres.csv; near-care teams in
nsvt_teams.py.
"""

from __future__ import annotations

# -- population (the early-2020s totals of vgr_areas.csv are taken as 2022) -------------------------
POPULATION_BASE_YEAR = 2022
POPULATION_GROWTH = 0.008  # a year, all ages
SHARE_65_GROWTH = 0.008  # relative growth of the 65+ share a year
#: Share aged 65+ in Göteborg's districts (the city as a whole ≈ 16 %).
DISTRICT_SHARE_65 = {
    "1480-ANG": 0.13, "1480-OST": 0.13, "1480-OH": 0.17, "1480-CEN": 0.15, "1480-ML": 0.13,
    "1480-AFH": 0.21, "1480-VG": 0.21, "1480-VH": 0.17, "1480-LUN": 0.12, "1480-NH": 0.15,
}
#: Municipalities: 28 % at 4,700 inhabitants, falling with the log of size to 18 %.
MUNICIPALITY_SHARE_65 = dict(at_small=0.28, small=4700, per_log=0.031, lowest=0.18)
SHARE_80_OF_65 = 0.31  # in the base year, at a 65+ share of 20 %; older places a little more
SHARE_80_GROWTH = 0.008  # added to that share each year

# -- listing at health centres ---------------------------------------------------------------------
LOCAL_LISTING_DISTRICT = 0.88  # the rest list in other districts of Göteborg
LOCAL_LISTING_MUNICIPALITY = 0.95  # the rest list elsewhere in the subregion
LOCAL_LISTING_OVERRIDES = {"1480-ANG": 0.97}  # Angered lists at home: the model district of seed 000
NEW_CENTRE_RAMP_MONTHS = 12  # a new centre's list grows to full size over this many months
UNKNOWN_LISTING_SHARE = 0.005  # home-care patients whose health centre is not known
#: The listing effect: the unit's listing split by (area of the centre, ownership, share).
#: In Majorna-Linné a third list at centres outside the scheme (its private centres, and
#: private centres in Centrum), so they get no mobile doctor (seed 000: only 67–70 % listed at
#: the four participating public centres).
LISTING_OVERRIDES = {
    "1480-ML": (("1480-ML", "public", 0.69), ("1480-ML", "private", 0.25), ("1480-CEN", "private", 0.06)),
}

# -- municipal home care ---------------------------------------------------------------------------
HOME_CARE_STOCK = 24_000  # patients enrolled at any one time at scale 1 (mid-2021)
HOME_CARE_STOCK_YEAR = 2021
HOME_CARE_GROWTH = 0.015  # a year: the stock follows the ageing population
#: Enrolled per inhabitant by age band, before scaling to HOME_CARE_STOCK (≈ 86 % aged 65+).
HOME_CARE_PER_INHABITANT = {"0-64": 0.0026, "65-79": 0.031, "80+": 0.13}
#: Units whose stock the projects reported: (patients at scale 1, share aged 65+).
HOME_CARE_STOCK_OVERRIDES = {"1480-ANG": (250, 0.74), "1480-ML": (290, 0.86)}
HISTORY_START = "2008-01-01"  # enrolments are simulated from here so that 2017 starts with a stock
EPISODE_MEDIAN_DAYS = 300  # lognormal: months to years, a long tail of patients cared for for years
EPISODE_SIGMA = 1.1
EPISODE_MAX_DAYS = 5000
FOLLOW_UP_SHARE = 0.12  # discharged patients enrolled again later (back from hospital, moved)
FOLLOW_UP_GAP_DAYS = (14, 120)  # at least, plus an exponential wait of this mean
MOVE_SHARE = 0.07  # a follow-up episode in another unit of the subregion

# -- mobile doctors --------------------------------------------------------------------------------
#: Patients already enrolled when their centre joins are taken on gradually (exponential wait);
#: new patients of a participating centre get the doctor within days.
ONBOARDING_DAYS_EXISTING = 150
ONBOARDING_DAYS_NEW = 10
UPTAKE_65 = 0.955  # of patients 65+ at a participating centre, the share who get the doctor
UPTAKE_UNDER_65 = 0.70
UPTAKE_65_OVERRIDES = {"1480-ANG": 0.995}  # seed 000: every patient offered once all 5 centres take part
RELIST_WHEN_CENTRE_LEAVES = 0.40  # patients of a centre leaving the scheme who re-list at once
FIXED_CONTACT_RANGE = (0.86, 0.95)  # share with the doctor as fixed care contact, drawn per unit
FIXED_CONTACT_OVERRIDES = {"1480-ANG": 0.956}  # seed 000: ≈ 95.6 %

# -- home visits -----------------------------------------------------------------------------------
VISITS_PER_PATIENT_YEAR = 2.4  # on average: ≈ 50,000 visits a year from 2019
VISITS_UNIT_SPREAD = 0.15  # lognormal spread between units
ACUTE_SHARE = 0.22
ACUTE_SAME_DAY = 0.30  # an acute request on a working day met the same day
ACUTE_ONE_DAY_LATE = 0.08  # met a working day later than the doctor could have
#: Team-visit share in 2017 (the gap to 100 % shrinks to 4 % of itself by 2025). Keys are units or
#: subregions; seed 000 reports all visits as team visits in Skaraborg, Uddevalla and
#: Örgryte-Härlanda, ≈ 99 % in Angered and Centrum, ≈ 80 % in Västra Göteborg / Askim-Frölunda-Högsbo.
TEAM_SHARE_2017_DEFAULT = 0.68
TEAM_SHARE_2017 = {
    "14-SKA": 1.0, "1485": 1.0, "1480-OH": 1.0, "1480-ANG": 0.986, "1480-CEN": 0.99,
    "1480-AFH": 0.80, "1480-VG": 0.80,
}
TEAM_SHARE_GAP_LEFT_2025 = 0.04
#: A real change for the team-visit page's control chart: Borås's night nurses were reorganised in
#: June 2025, and fewer of its doctors' visits are made together with them from then on
TEAM_SHARE_FROM = {"1490": ("2025-06-01", 0.75)}
#: Recording gaps, which the page marks "uppgift saknas" rather than ranking as bad practice: a
#: centre whose new record system left every visit without the team flag (February–April 2025),
#: and a municipality whose acute visits were recorded without their request date (September–
#: October 2025)
NO_TEAM_FLAG = {"SE2321000131-E000000046120": ("2025-02-01", "2025-04-30")}  # Läkarhuset Avenyn
NO_REQUEST_DATE = {"1484": ("2025-09-01", "2025-10-31")}  # Lysekil: a dozen acute visits a month, enough to show

# -- emergency departments -------------------------------------------------------------------------
ED_PER_1000_MONTH = {"0-64": 12.0, "65-79": 21.0, "80+": 47.0}
ED_UNIT_SPREAD = 0.08  # lognormal spread of a unit's level around the regional rate
ED_MONTH_NOISE_SHAPE = 400  # gamma noise of a unit-month (sd 5 %), on top of the Poisson counts
#: January … December; winters (Dec–Feb) ≈ 15–20 % above the summer.
ED_SEASON = (1.13, 1.11, 1.01, 0.98, 0.96, 0.93, 0.89, 0.91, 0.97, 1.00, 1.02, 1.14)
#: Fall in the 80+ rate once mobile doctors start in the unit (reached over ED_DROP_RAMP_MONTHS from
#: the first participating centre's start). Borås and Göteborg's Västra Hisingen fall, each late
#: enough after the data's first month (January 2017) for a before and after with most of a year
#: before the start; Trollhättan, which started with Borås, is the counter-example and stays flat.
ED_DROP_AFTER_START = {"1490": 0.20, "1480-VH": 0.22, "1488": 0.0}
ED_DROP_RAMP_MONTHS = 6
ED_UNKNOWN_CENTRE_SHARE = 0.03  # visits whose health centre is not known (hc_id null)
ADMISSION_SHARE = {"0-64": 0.36, "65-79": 0.48, "80+": 0.58}
READMISSION_SHARE = {"0-64": 0.15, "65-79": 0.17, "80+": 0.19}

# -- near-care teams (per team: nsvt_teams.py) -----------------------------------------------------
NSVT_LINKED_SHARE = 0.80  # enrolled patients who are in municipal home care
NSVT_ENROLMENT_SIGMA = 1.0  # lognormal spread of the enrolment time
NSVT_RAMP_MONTHS = 24  # a team grows from its first-year volume to its full volume
#: Discharge reasons when the team hands the patient back (home care continues), and for patients
#: not in home care; a linked patient whose home care ends during the enrolment leaves with it.
NSVT_REASONS_HOME_CARE_GOES_ON = {"home_care": 0.66, "hospital": 0.14, "advanced_home_care": 0.10,
                                  "nursing_home": 0.04, "other": 0.06}
NSVT_REASONS_NOT_IN_HOME_CARE = {"home_care": 0.45, "died": 0.15, "hospital": 0.17, "advanced_home_care": 0.10,
                                 "nursing_home": 0.06, "other": 0.07}
NSVT_REASONS_HOME_CARE_ENDS = {"died": 0.60, "nursing_home": 0.25, "hospital": 0.15}
NSVT_REFERRED_FROM = {"hospital": 0.36, "primary_care": 0.24, "home_care": 0.24, "emergency": 0.11, "other": 0.05}
NSVT_STAFF_FIRST = {"doctor_and_nurse": 0.50, "doctor": 0.20, "nurse": 0.30, "other": 0.0}
NSVT_STAFF_LATER = {"doctor_and_nurse": 0.14, "doctor": 0.18, "nurse": 0.60, "other": 0.08}
NSVT_TEAM_VISIT = (0.45, 0.05)  # share made with municipal home care: patients in it, others
