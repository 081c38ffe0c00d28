"""Texts of the near-care team page (Närsjukvårdsteam): its own figures' names and definitions, made for
each discharge reason, referral source and staff rather than written out one by one."""

from __future__ import annotations

_REASONS = {
    "home_care": ("hemsjukvård", "home care"), "died": ("avliden", "died"), "hospital": ("sjukhus", "hospital"),
    "nursing_home": ("särskilt boende", "nursing home"),
    "advanced_home_care": ("avancerad sjukvård i hemmet", "advanced home care"), "other": ("annat", "other"),
}
_SOURCES = {
    "hospital": ("sjukhus", "hospital"), "primary_care": ("primärvård", "primary care"),
    "home_care": ("kommunal hemsjukvård", "municipal home care"), "emergency": ("akutmottagning", "emergency department"),
    "other": ("annat", "other"),
}
_STAFF = {
    "doctor": ("läkare", "doctor"), "nurse": ("sjuksköterska", "nurse"),
    "doctor_and_nurse": ("läkare och sjuksköterska", "doctor and nurse"), "other": ("annan personal", "other staff"),
}

TEXTS: dict[str, dict[str, str]] = {
    "near_care.team": {"sv": "Team", "en": "Team"},
    "near_care.census": {"sv": "Inskrivna vid månadens slut", "en": "Enrolled at the month's end"},
    "near_care.above": {"sv": "Över kapaciteten", "en": "Above capacity"},
    "near_care.above_yes": {"sv": "ja", "en": "yes"},
    "near_care.census_title": {"sv": "Inskrivna patienter mot kapacitet", "en": "Enrolled patients against capacity"},
    "near_care.capacity": {"sv": "kapacitet {capacity}", "en": "capacity {capacity}"},
    "near_care.census_definition": {
        "sv": "Patienter inskrivna i närsjukvårdsteamet vid varje månads slut, och nya inskrivningar per månad. "
              "Ett team (en läkare och två sjuksköterskor) är dimensionerat för {capacity} inskrivna åt gången "
              "(en inställning, NVK_NSVT_CAPACITY); en månad över det är markerad.",
        "en": "Patients enrolled in the near-care team at each month's end, and new enrolments per month. A team "
              "(a doctor and two nurses) is dimensioned for {capacity} enrolled at a time (a setting, "
              "NVK_NSVT_CAPACITY); a month above it is marked.",
    },
    "near_care.over_capacity": {
        "sv": "{team}: över kapaciteten ({capacity} inskrivna) {count} av {months} månader: {list}.",
        "en": "{team}: above capacity ({capacity} enrolled) in {count} of {months} months: {list}.",
    },
    "near_care.need.title": {"sv": "Närsjukvårdsteam mot behov", "en": "Near-care teams against need"},
    "near_care.need.unit": {"sv": "Område", "en": "Area"},
    "near_care.need.inhabitants": {"sv": "Invånare", "en": "Inhabitants"},
    "near_care.need.teams": {"sv": "Team", "en": "Teams"},
    "near_care.need.needed": {"sv": "Team som behövs", "en": "Teams needed"},
    "near_care.need.available": {"sv": "Team att tillgå", "en": "Teams available"},
    "near_care.need.share": {"sv": "Andel av behovet", "en": "Share of need"},
    "near_care.need.none": {"sv": "inget team", "en": "no team"},
    "near_care.need.unserved": {
        "sv": "Inget närsjukvårdsteam betjänar {units}.",
        "en": "No near-care team serves {units}.",
    },
    "near_care.need.definition": {
        "sv": "Varje område: invånare (alla åldrar), teamen som betjänar det och team som behövs med ett team "
              "(en läkare och två sjuksköterskor) per {per_team} invånare (en inställning, "
              "NVK_INHABITANTS_PER_TEAM). Ett team som betjänar flera områden delas mellan dem efter invånare; "
              "team att tillgå är områdets andel av sina team.",
        "en": "Each area: inhabitants (all ages), the teams serving it, and the teams needed at one team (a "
              "doctor and two nurses) per {per_team} inhabitants (a setting, NVK_INHABITANTS_PER_TEAM). A team "
              "serving several areas is shared between them by inhabitants; teams available is the area's share "
              "of its teams.",
    },
    "near_care.all_teams": {"sv": "Alla team", "en": "All teams"},
    "near_care.reasons.title": {"sv": "Utskrivna efter orsak", "en": "Discharged by reason"},
    "near_care.sources.title": {"sv": "Inskrivna efter remittent", "en": "Enrolled by referral source"},
    "near_care.staff.title": {"sv": "Besök per patient efter personal", "en": "Visits per patient by staff"},
    "near_care.reasons.definition": {
        "sv": "Andel av inskrivningarna som avslutas under ett helt kalenderår med varje orsak, teamet mot alla team.",
        "en": "Share of the enrolments discharged in a whole calendar year with each reason, the team against all "
              "teams.",
    },
    "near_care.sources.definition": {
        "sv": "Andel av inskrivningarna som börjar under ett helt kalenderår från varje remittent, teamet mot alla "
              "team.",
        "en": "Share of the enrolments starting in a whole calendar year from each referral source, the team against "
              "all teams.",
    },
    "near_care.staff.definition": {
        "sv": "Hembesök av varje slags personal per inskrivning som avslutas under ett helt kalenderår, teamet mot "
              "alla team.",
        "en": "Home visits by each kind of staff per enrolment discharged in a whole calendar year, the team against "
              "all teams.",
    },
    "near_care.no_year": {
        "sv": "Redovisas för hela kalenderår, och datauttaget har inget helt år vid periodens slut.",
        "en": "Published for whole calendar years, and the extract has no whole year at the period's end.",
    },
    "near_care.outside_period": {
        "sv": "Redovisas bara för hela kalenderår: siffrorna gäller helåret {year}, också månader utanför den valda "
              "perioden.",
        "en": "Published for whole calendar years only: the figures are the whole year {year}'s, months outside the "
              "period chosen included.",
    },
    "near_care.no_team": {
        "sv": "Inget närsjukvårdsteam betjänar området.",
        "en": "No near-care team serves the area.",
    },
    **{f"discharge_reason.{k}": {"sv": sv, "en": en} for k, (sv, en) in _REASONS.items()},
    **{f"referral_source.{k}": {"sv": sv, "en": en} for k, (sv, en) in _SOURCES.items()},
    **{f"nsvt_staff.{k}": {"sv": sv, "en": en} for k, (sv, en) in _STAFF.items()},
    **{key: text for reason, (sv, en) in _REASONS.items() for key, text in {
        f"indicator.nsvt_discharged_{reason}.name": {"sv": f"Utskrivna till {sv}" if reason != "died" else
                                                     "Avlidna under inskrivningen",
                                                     "en": f"Discharged to {en}" if reason != "died" else
                                                     "Died while enrolled"},
        f"indicator.nsvt_discharged_{reason}.definition": {
            "sv": f"Andel av inskrivningarna i närsjukvårdsteam som avslutas under perioden med orsaken {sv}.",
            "en": f"Share of the near-care team enrolments discharged in the period with the reason {en}."},
    }.items()},
    **{key: text for source, (sv, en) in _SOURCES.items() for key, text in {
        f"indicator.nsvt_referred_{source}.name": {"sv": f"Remitterade från {sv}", "en": f"Referred from {en}"},
        f"indicator.nsvt_referred_{source}.definition": {
            "sv": f"Andel av inskrivningarna i närsjukvårdsteam som börjar under perioden och kom från {sv}.",
            "en": f"Share of the near-care team enrolments starting in the period that were referred from {en}."},
    }.items()},
    **{key: text for staff, (sv, en) in _STAFF.items() for key, text in {
        f"indicator.nsvt_visits_{staff}.name": {"sv": f"Besök av {sv} per patient", "en": f"Visits by {en} per patient"},
        f"indicator.nsvt_visits_{staff}.definition": {
            "sv": f"Hembesök av {sv} per inskrivning i närsjukvårdsteam som avslutas under perioden.",
            "en": f"Home visits by {en} per near-care team enrolment discharged in the period."},
    }.items()},
    "indicator.nsvt_team_visit_share.name": {"sv": "Närsjukvårdsteamets besök med hemsjukvården",
                                             "en": "Near-care visits with home care"},
    "indicator.nsvt_team_visit_share.definition": {
        "sv": "Andel av hembesöken till inskrivningar som avslutas under perioden som gjordes tillsammans med "
              "kommunens hemsjukvård.",
        "en": "Share of the home visits to the enrolments discharged in the period that were made together with "
              "municipal home care.",
    },
}
