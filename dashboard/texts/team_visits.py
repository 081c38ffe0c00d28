"""Texts of the team-visit page (Teambesök): its own figures' names and definitions, made for each
request day and wait rather than written out 32 times."""

from __future__ import annotations

from dashboard.metrics.indicators import WAITS
from dashboard.metrics.workdays import REQUEST_DAYS

_DAYS = {
    "mon": ("måndag", "Monday"), "tue": ("tisdag", "Tuesday"), "wed": ("onsdag", "Wednesday"),
    "thu": ("torsdag", "Thursday"), "fri": ("fredag", "Friday"), "sat": ("lördag", "Saturday"),
    "sun": ("söndag", "Sunday"), "holiday": ("helgdag eller dag före helgdag", "holiday or the day before one"),
}
_WAITS = {"0": ("samma dag", "the same day"), "1": ("efter 1 dag", "after 1 day"), "2": ("efter 2 dagar", "after 2 days"),
          "3plus": ("efter 3 dagar eller fler", "after 3 days or more")}

TEXTS: dict[str, dict[str, str]] = {
    "page.team_visits": {"sv": "Teambesök", "en": "Team visits"},
    "team.intro": {
        "sv": "Modellen fungerar när den mobila läkaren och kommunens sjuksköterska möter patienten tillsammans, "
              "och när ett akut behov får ett besök senast nästa vardag.",
        "en": "The scheme works when the mobile doctor and the municipal nurse meet the patient together, and when "
              "an acute need gets a visit by the next weekday.",
    },
    "team.visits_unit": {"sv": "Visa besöken", "en": "Show the visits"},
    "team.visits_unit.count": {"sv": "Antal", "en": "Number"},
    "team.visits_unit.per1000": {"sv": "Per 1\u00a0000 patienter 65+", "en": "Per 1,000 patients 65+"},
    "team.rebase.help": {
        "sv": "Månader då något ändrades i arbetssättet: styrdiagrammet för teambesök räknar nytt medel och nya "
              "styrgränser från varje sådan månad, så att en känd förändring inte läses som slump.",
        "en": "Months when something changed in the way of working: the team-visit control chart computes a new "
              "mean and new control limits from each such month, so that a known change is not read as noise.",
    },
    "team.compare": {"sv": "Jämförelse", "en": "Comparison"},
    "team.indicator": {"sv": "Andel", "en": "Share"},
    "team.rank": {"sv": "Jämför", "en": "Compare"},
    "team.rank.units": {"sv": "Områden", "en": "Areas"},
    "team.rank.centres": {"sv": "Vårdcentraler i området", "en": "Health centres in the area"},
    "ranking.title.units": {"sv": "områden", "en": "areas"},
    "ranking.title.centres": {"sv": "vårdcentraler", "en": "health centres"},
    "funnel.subtitle.team_visit_share": {
        "sv": "Andel mot antal hembesök · gränser (95\u00a0% och 99,8\u00a0%) kring {reference} · inom dem är "
              "skillnaden slump",
        "en": "Share against number of home visits · limits (95% and 99.8%) around {reference} · within them the "
              "difference is chance",
    },
    "funnel.subtitle.acute_next_weekday": {
        "sv": "Andel mot antal akuta beställningar · gränser (95\u00a0% och 99,8\u00a0%) kring {reference} · inom "
              "dem är skillnaden slump",
        "en": "Share against number of acute requests · limits (95% and 99.8%) around {reference} · within them "
              "the difference is chance",
    },
    "funnel.x.team_visit_share": {"sv": "Antal hembesök", "en": "Number of home visits"},
    "funnel.x.acute_next_weekday": {"sv": "Antal akuta beställningar", "en": "Number of acute requests"},
    "group.title": {"sv": "Hembesök per område och vårdcentral", "en": "Home visits by area and health centre"},
    "group.definition.units": {
        "sv": "Varje område på samma nivå under perioden: hembesök, andel teambesök, andel akuta och andel akuta "
              "besök senast nästa vardag. Uppgift saknas: besöken saknar teammarkering eller beställningsdag en "
              "månad, och andelen räknas inte.",
        "en": "Each area of the same level over the period: home visits, the team-visit share, the acute share and "
              "the share of acute visits by the next weekday. No data: the visits lack the team mark or the "
              "request date in a month, and the share is not counted.",
    },
    "group.definition.centres": {
        "sv": "Varje vårdcentral i området under perioden, efter läkarens vårdcentral: hembesök, andel teambesök, "
              "andel akuta och andel akuta besök senast nästa vardag. Uppgift saknas: besöken saknar teammarkering "
              "eller beställningsdag en månad, eller vårdcentralen gjorde inga. Deltar inte: vårdcentralen deltog "
              "inte i modellen vid någon månads slut under perioden och gjorde inga besök.",
        "en": "Each health centre in the area over the period, by the doctor's centre: home visits, the team-visit "
              "share, the acute share and the share of acute visits by the next weekday. No data: the visits lack "
              "the team mark or the request date in a month, or the centre made none. Not taking part: the centre "
              "took part in the scheme at no month's end of the period and made no visits.",
    },
    "group.home_visits": {"sv": "Hembesök", "en": "Home visits"},
    "group.team_visit_share": {"sv": "Teambesök", "en": "Team visits"},
    "group.acute_visit_share": {"sv": "Akuta", "en": "Acute"},
    "group.acute_next_weekday": {"sv": "Senast nästa vardag", "en": "By the next weekday"},
    "ranking.none.units": {
        "sv": "Inget område kan rangordnas: alla är dolda för att skydda små antal eller saknar uppgift. En period "
              "döljs när någon av dess månader är det.",
        "en": "No area can be ranked: each is hidden to protect small counts or has no data. A period is hidden when "
              "any of its months is.",
    },
    "ranking.none.centres": {
        "sv": "Ingen vårdcentral kan rangordnas: alla är dolda för att skydda små antal, saknar uppgift eller deltar "
              "inte. En period döljs när någon av dess månader är det; välj området ovanför för större tal.",
        "en": "No health centre can be ranked: each is hidden to protect small counts, has no data or does not take "
              "part. A period is hidden when any of its months is; choose the area above for larger numbers.",
    },
    "ranking.outside": {
        "sv": "Deltar inte: vårdcentralen deltog inte i modellen vid någon månads slut under perioden och gjorde "
              "inga besök. Den rangordnas inte.",
        "en": "Not taking part: the centre took part in the scheme at no month's end of the period and made no "
              "visits. It is not ranked.",
    },
    "control.centre_gap": {
        "sv": "{area}: besöken saknar teammarkering ({months}). Områdets andel räknar dem som besök utan team, "
              "så en nedgång de månaderna är en registreringslucka, inte ett sämre arbetssätt.",
        "en": "{area}: its visits carry no team mark ({months}). The area's share counts them as visits without a "
              "team, so a fall in those months is a recording gap, not worse practice.",
    },
    "ranking.units": {"sv": "Område", "en": "Area"},
    "ranking.centres": {"sv": "Vårdcentral", "en": "Health centre"},
    "ranking.subtitle": {"sv": "{period} · referens: {reference}", "en": "{period} · reference: {reference}"},
    "ranking.gap.team_visit_share": {
        "sv": "{area} rangordnas inte: besöken saknar teammarkering ({months}).",
        "en": "{area} is not ranked: its visits carry no team mark ({months}).",
    },
    "ranking.gap.acute_next_weekday": {
        "sv": "{area} rangordnas inte: de akuta besöken saknar beställningsdag ({months}).",
        "en": "{area} is not ranked: its acute visits carry no request date ({months}).",
    },
    "visits.title": {"sv": "Hembesök av mobil läkare", "en": "Mobile-doctor home visits"},
    "visits.title_per_1000": {"sv": "Hembesök per 1\u00a0000 hemsjukvårdspatienter 65+",
                              "en": "Home visits per 1,000 home-care patients 65+"},
    "visits.definition": {
        "sv": "De mobila läkarnas hembesök per månad, planerade och akuta. Besök hos patienter under 65 år räknas med.",
        "en": "The mobile doctors' home visits a month, planned and acute. Visits to patients under 65 count too.",
    },
    "visits.definition_per_1000": {
        "sv": "De mobila läkarnas hembesök per månad, planerade och akuta, per 1\u00a0000 patienter 65 år och äldre "
              "inskrivna i kommunal hemsjukvård vid månadens slut. Besök hos patienter under 65 år räknas med i "
              "besöken men inte bland patienterna.",
        "en": "The mobile doctors' home visits a month, planned and acute, per 1,000 patients aged 65 and over in "
              "municipal home care at the month's end. Visits to patients under 65 count among the visits, not "
              "among the patients.",
    },
    "visits.kind": {"sv": "Besök", "en": "Visits"},
    "visits.planned_visit_share": {"sv": "Planerade", "en": "Planned"},
    "visits.acute_visit_share": {"sv": "Akuta", "en": "Acute"},
    "visits.patients_65": {"sv": "Hemsjukvårdspatienter 65+", "en": "Home-care patients 65+"},
    "waits.title": {"sv": "Väntan på akut besök", "en": "Waiting for an acute visit"},
    "waits.definition": {
        "sv": "Akuta hembesök med beställningsdag under ett helt kalenderår, efter beställningsdag: andelen som gjordes "
              "samma dag, efter 1, 2 eller 3 dagar eller fler (kalenderdagar). Helgdag: en allmän helgdag, eller "
              "en dag vars nästa vardag en helgdag skjuter upp (skärtorsdagen, julafton); midsommar-, jul- och "
              "nyårsafton är vardagar. Varje andel är lätt slumpjusterad för sig, så en dags andelar kan summera "
              "till lite mer eller mindre än 100\u00a0%; stapeln slutar vid 100\u00a0%.",
        "en": "Acute home visits with a request date in a whole calendar year, by the request's day: the share made the same "
              "day, after 1, 2, or 3 days or more (calendar days). Holiday: a public holiday, or a day whose next "
              "weekday a holiday pushes back (Maundy Thursday, Christmas Eve); Midsummer, Christmas and New "
              "Year's Eves are weekdays. Each share is slightly perturbed on its own, so a day's shares may add up to a "
              "little more or less than 100%; the bar ends at 100%.",
    },
    "waits.undrawn": {
        "sv": "{count} av {days} beställningsdagar saknar stapel: de har inga beställningar, eller så är antalet "
              "dolt för att skydda små antal.",
        "en": "{count} of {days} request days have no bar: they have no requests, or their number is hidden to "
              "protect small counts.",
    },
    "waits.outside_period": {
        "sv": "Väntetiderna redovisas bara för hela kalenderår: de gäller helåret {year}, också månader utanför "
              "den valda perioden.",
        "en": "The waits are published for whole calendar years only: they are the whole year {year}'s, months "
              "outside the period chosen included.",
    },
    "waits.day": {"sv": "Beställningsdag", "en": "Request day"},
    "waits.wait": {"sv": "Besök", "en": "Visit"},
    "waits.requests": {"sv": "Beställningar", "en": "Requests"},
    "waits.holidays": {"sv": "Helgdagar under året: {holidays}.", "en": "Public holidays in the year: {holidays}."},
    "waits.no_holidays": {"sv": "Året har ingen allmän helgdag.", "en": "The year has no public holiday."},
    "waits.no_year": {
        "sv": "Väntetiderna visas för hela kalenderår, och datauttaget har inget helt år vid periodens slut.",
        "en": "The waits are shown for whole calendar years, and the extract has no whole year at the period's end.",
    },
    "indicator.planned_visit_share.name": {"sv": "Planerade hembesök", "en": "Planned home visits"},
    "indicator.planned_visit_share.definition": {
        "sv": "Andel av de mobila läkarnas hembesök under perioden som var planerade.",
        "en": "Share of the mobile doctors' home visits in the period that were planned.",
    },
    "indicator.acute_visit_share.name": {"sv": "Akuta hembesök", "en": "Acute home visits"},
    "indicator.acute_visit_share.definition": {
        "sv": "Andel av de mobila läkarnas hembesök under perioden som var akuta.",
        "en": "Share of the mobile doctors' home visits in the period that were acute.",
    },
    **{f"request_day.{day}": {"sv": sv, "en": en} for day, (sv, en) in _DAYS.items()},
    **{f"wait.{wait}": {"sv": sv, "en": en} for wait, (sv, en) in _WAITS.items()},
    **{key: text for day in REQUEST_DAYS for wait in WAITS for key, text in {
        f"indicator.acute_wait_{day}_{wait}.name": {
            "sv": f"Akut beställning {_DAYS[day][0]}, besök {_WAITS[wait][0]}",
            "en": f"Acute request on a {_DAYS[day][1]}, visit {_WAITS[wait][1]}"},
        f"indicator.acute_wait_{day}_{wait}.definition": {
            "sv": f"Andel av de akuta hembesök med beställningsdag som beställdes en {_DAYS[day][0]} och gjordes "
                  f"{_WAITS[wait][0]} (räknat i kalenderdagar från beställningen), under perioden.",
            "en": f"Share of the acute home visits with a request date that were asked for on a {_DAYS[day][1]} "
                  f"and made {_WAITS[wait][1]} (in calendar days from the request), in the period."},
    }.items()},
}
