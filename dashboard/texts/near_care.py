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
        "sv": "Patienter inskrivna i närsjukvårdsteamet vid varje månads slut, alla teamets patienter var de än bor "
              "(tabellen ger också nya inskrivningar per månad). Ett team (en läkare och två sjuksköterskor) är "
              "dimensionerat för {capacity} inskrivna åt gången (en inställning i Närvårdskollen); en månad över "
              "det är markerad.",
        "en": "Patients enrolled in the near-care team at each month's end, all the team's patients wherever they "
              "live (the table also gives new enrolments per month). A team (a doctor and two nurses) is dimensioned "
              "for {capacity} enrolled at a time (a setting of Närvårdskollen); a month above it is marked.",
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
    "near_care.need.total": {
        "sv": "Tillsammans behöver områdena {needed} team och har {available}.",
        "en": "Together the areas need {needed} teams and have {available}.",
    },
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
    "near_care.reasons.whole": {"sv": "Utskrivna", "en": "Discharged"},
    "near_care.sources.whole": {"sv": "Inskrivna", "en": "Enrolled"},
    "near_care.staff.whole": {"sv": "Utskrivna", "en": "Discharged"},
    "near_care.reasons.part": {"sv": "Orsak", "en": "Reason"},
    "near_care.sources.part": {"sv": "Remittent", "en": "Referral source"},
    "near_care.staff.part": {"sv": "Personal", "en": "Staff"},
    "near_care.new_enrolments": {"sv": "Nya inskrivningar", "en": "New enrolments"},
    "near_care.teams_in": {"sv": "team som arbetar i {area}", "en": "teams serving {area}"},
    "near_care.patients": {"sv": "Patienter", "en": "Patients"},
    "near_care.reasons.definition": {
        "sv": "Andel av inskrivningarna som avslutas under ett helt kalenderår med varje orsak, varje team och områdets egna patienter mot alla team. Utskrivna: "
              "antalet som andelarna räknas av.",
        "en": "Share of the enrolments discharged in a whole calendar year with each reason, each team and the area's "
              "own patients against all teams. Discharged: the number the shares are of.",
    },
    "near_care.sources.definition": {
        "sv": "Andel av inskrivningarna som börjar under ett helt kalenderår från varje remittent, varje team och "
              "områdets egna patienter mot alla team. Inskrivna: antalet som andelarna räknas av.",
        "en": "Share of the enrolments starting in a whole calendar year from each referral source, each team and the "
              "area's own patients against all teams. Enrolled: the number the shares are of.",
    },
    "near_care.staff.definition": {
        "sv": "Hembesök av varje slags personal per inskrivning som avslutas under ett helt kalenderår, varje team "
              "och områdets egna patienter mot alla team. Utskrivna: antalet inskrivningar som besöken räknas per.",
        "en": "Home visits by each kind of staff per enrolment discharged in a whole calendar year, each team and the "
              "area's own patients against all teams. Discharged: the enrolments the visits are counted per.",
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
    "page.near_care": {"sv": "Närsjukvårdsteam", "en": "Near-care teams"},
    "near_care.intro": {
        "sv": "Sjukhusens närsjukvårdsteam tar över vården i hemmet när en patient annars skulle läggas in. Hur många "
              "tar teamen emot, hur länge, hur ofta besöker de, och räcker teamen till? Välj ett team i sidopanelen, "
              "eller ett område för dess egna patienter och teamen som arbetar där.",
        "en": "The hospitals' near-care teams take over care at home when a patient would otherwise be admitted. How "
              "many do the teams take, for how long, how often do they visit, and are there teams enough? Choose a "
              "team in the sidebar, or an area for its own patients and the teams serving it.",
    },
    "near_care.capacity_heading": {"sv": "Beläggning och behov", "en": "Census and need"},
    "near_care.time_heading": {"sv": "Inskrivningstid", "en": "Enrolment time"},
    "near_care.care_heading": {"sv": "Besök och utfall", "en": "Visits and outcome"},
    "near_care.residents": {"sv": "Boende i {area}", "en": "Residents of {area}"},
    "near_care.need.map_title": {"sv": "Andel av behovet av närsjukvårdsteam", "en": "Share of the need for near-care teams"},
    "near_care.need.unserved_marked": {
        "sv": "Områden utan team är orangeröda på kartan.",
        "en": "Areas without a team are vermilion on the map.",
    },
    "survival.title": {"sv": "Andel fortfarande inskrivna", "en": "Share still enrolled"},
    "survival.days": {"sv": "Dagar sedan inskrivning", "en": "Days since enrolment"},
    "survival.day": {"sv": "Dagar", "en": "Days"},
    "survival.share": {"sv": "Fortfarande inskrivna", "en": "Still enrolled"},
    "survival.survival": {"sv": "Fortfarande inskrivna", "en": "Still enrolled"},
    "survival.lower": {"sv": "95\u00a0% KI, nedre", "en": "95% CI, lower"},
    "survival.upper": {"sv": "95\u00a0% KI, övre", "en": "95% CI, upper"},
    "survival.median": {"sv": "Median (Kaplan–Meier)", "en": "Median (Kaplan–Meier)"},
    "survival.median_help": {
        "sv": "Tiden då hälften av dem som skrevs in under året hade skrivits ut. De som fortfarande är inskrivna vid "
              "uttagsdatumet räknas fram till den dagen.",
        "en": "The time by which half of those enrolled in the year had been discharged. Those still enrolled at the "
              "extract's date count up to that day.",
    },
    "survival.interval": {"sv": "95\u00a0% KI {low}–{high} dagar", "en": "95% CI {low}–{high} days"},
    "survival.interval_from": {
        "sv": "95\u00a0% KI från {low} dagar (den övre gränsen når kurvan inte)",
        "en": "95% CI from {low} days (its upper limit is beyond the curve)",
    },
    "survival.interval_open": {
        "sv": "95\u00a0% KI: gränserna når kurvan inte", "en": "95% CI: its limits are beyond the curve"},
    "survival.mean": {"sv": "Medel, avslutade", "en": "Mean, completed"},
    "survival.mean_help": {
        "sv": "Medelvärdet av inskrivningstiden för inskrivningar som avslutades under året, som rapporterna "
              "redovisar den.",
        "en": "The mean enrolment time of the enrolments completed in the year, as reports give it.",
    },
    "survival.episodes": {"sv": "Inskrivna under året", "en": "Enrolled in the year"},
    "survival.why_they_differ": {
        "sv": "Medianen ({median}) och medelvärdet ({mean}) mäter olika saker. Medianen räknar alla som skrevs in "
              "under året, också de som fortfarande är inskrivna; medelvärdet bara inskrivningar som avslutades "
              "under året, också de som började tidigare, och några få mycket långa inskrivningar drar upp det. "
              "Därför är medelvärdet oftast längre än medianen.",
        "en": "The median ({median}) and the mean ({mean}) measure different things. The median counts everyone "
              "enrolled in the year, those still enrolled included; the mean only enrolments completed in the year, "
              "those begun earlier included, and a few very long ones pull it up. So the mean is usually longer "
              "than the median.",
    },
    "survival.not_drawn": {
        "sv": "{name}: kurvan ritas inte, eftersom medianen inte visas (färre än {threshold} inskrivningar, eller "
              "dold för en annan siffras skull).",
        "en": "{name}: no curve is drawn, as the median is not shown (fewer than {threshold} enrolments, or hidden "
              "for another figure's sake).",
    },
    "survival.none": {"sv": "{name}: inga inskrivningar under året.", "en": "{name}: no enrolments in the year."},
    "survival.too_few": {
        "sv": "{name}: kurvan ritas inte, eftersom färre än {threshold} skrevs ut medan minst {threshold} var "
              "inskrivna.",
        "en": "{name}: no curve is drawn, as fewer than {threshold} were discharged while at least {threshold} were "
              "enrolled.",
    },
    "survival.residents": {
        "sv": "Medianen, medelvärdet och antalet gäller boende i {area}, vilket team de än har. Kurvorna visas för "
              "teamen som arbetar där: ur ett områdes kurva skulle antalet inskrivna gå att räkna ut exakt.",
        "en": "The median, the mean and the number are of the residents of {area}, whichever team they are with. The "
              "curves are shown for the teams serving it: an area's curve would give its exact number enrolled.",
    },
    "survival.definition": {
        "sv": "Kaplan–Meier-kurva över tiden från inskrivning till utskrivning för inskrivningar under kalenderåret; "
              "de som fortfarande är inskrivna räknas fram till uttagsdatumet. Bandet är ett 95\u00a0% "
              "konfidensintervall (Greenwood, log-log). För att inga små tal ska gå att räkna ut visas kurvan i steg "
              "om minst {threshold} utskrivningar, i hela procent, och den slutar innan färre än {threshold} är "
              "kvar. Redovisas för hela kalenderår: en månads fåtal inskrivningar skulle annars dölja hela året.",
        "en": "Kaplan–Meier curve of the time from enrolment to discharge of the enrolments in the calendar year; "
              "those still enrolled count up to the extract's date. The band is a 95% confidence interval "
              "(Greenwood, log-log). So that no small number can be worked out, the curve is shown in steps of at "
              "least {threshold} discharges, in whole percent, and it ends before fewer than {threshold} remain. "
              "Published for whole calendar years: a month's few enrolments would otherwise hide the whole year.",
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
    "indicator.nsvt_year_enrolled.name": {"sv": "Inskrivna under året", "en": "Enrolled in the year"},
    "indicator.nsvt_year_enrolled.definition": {
        "sv": "Inskrivningar i närsjukvårdsteam under kalenderåret (som nsvt_enrolled, för ett helt år).",
        "en": "Near-care enrolments in the calendar year (as nsvt_enrolled, for a whole year).",
    },
    "indicator.nsvt_year_mean_days.name": {
        "sv": "Medel inskrivningstid, avslutade under året", "en": "Mean enrolment time, completed in the year"},
    "indicator.nsvt_year_mean_days.definition": {
        "sv": "Medelvärdet av inskrivningstiden i dagar för inskrivningar som avslutades under kalenderåret (som "
              "nsvt_mean_days, för ett helt år).",
        "en": "The mean enrolment time in days of the enrolments discharged in the calendar year (as nsvt_mean_days, "
              "for a whole year).",
    },
    "indicator.nsvt_year_median_days_km.name": {
        "sv": "Median inskrivningstid under året (Kaplan–Meier)", "en": "Median enrolment time in the year (Kaplan–Meier)"},
    "indicator.nsvt_year_median_days_km.definition": {
        "sv": "Kaplan–Meier-medianen av inskrivningstiden för inskrivningar under kalenderåret, de som fortfarande är "
              "inskrivna censurerade vid uttagsdatumet (som nsvt_median_days_km, för ett helt år).",
        "en": "The Kaplan–Meier median of the enrolment time of the enrolments in the calendar year, those still "
              "enrolled censored at the extract's date (as nsvt_median_days_km, for a whole year).",
    },
    "indicator.nsvt_team_visit_share.name": {"sv": "Närsjukvårdsteamets besök med hemsjukvården",
                                             "en": "Near-care visits with home care"},
    "indicator.nsvt_team_visit_share.definition": {
        "sv": "Andel av hembesöken till inskrivningar som avslutas under perioden som gjordes tillsammans med "
              "kommunens hemsjukvård.",
        "en": "Share of the home visits to the enrolments discharged in the period that were made together with "
              "municipal home care.",
    },
}
