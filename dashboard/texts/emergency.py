"""Texts of the emergency-visit page (Akutbesök): the rates by age band, the before and after of a
change, seed 004's savings estimate line by line, and where the visits come from."""

from __future__ import annotations

NBSP = "\u00a0"

TEXTS: dict[str, dict[str, str]] = {
    "page.emergency": {"sv": "Akutbesök", "en": "ED visits"},
    "emergency.intro": {
        "sv": "Färre akutbesök och återinskrivningar bland de äldsta är det mål alla följer. Sidan visar om de "
              "minskar, om en minskning är en signal eller slump, vad som hände när, och vad minskningen är värd.",
        "en": "Fewer emergency-department visits and readmissions among the oldest is the aim everyone watches. "
              "The page shows whether they fall, whether a fall is a signal or chance, what happened when, and "
              "what the fall is worth.",
    },
    "emergency.rates_heading": {"sv": "Akutbesök och återinskrivningar", "en": "ED visits and readmissions"},
    "emergency.control_heading": {"sv": "Signal eller slump", "en": "Signal or noise"},
    "emergency.before_after_heading": {"sv": "Före och efter en förändring", "en": "Before and after a change"},
    "emergency.where_heading": {"sv": "Var", "en": "Where"},
    "emergency.indicator": {"sv": "Mått", "en": "Measure"},
    "emergency.indicator.ed_rate": {"sv": "Per 1 000 invånare", "en": "Per 1,000 inhabitants"},
    "emergency.indicator.ed_rate_listed": {"sv": "Per 1 000 listade", "en": "Per 1,000 listed"},
    "emergency.indicator.readmission_share": {"sv": "Återinskrivningar", "en": "Readmissions"},
    "emergency.age_label": {"sv": "Ålder", "en": "Age"},
    "emergency.age.80+": {"sv": "80+", "en": "80+"},
    "emergency.age.65-79": {"sv": "65–79", "en": "65–79"},
    "emergency.age.0-64": {"sv": "0–64", "en": "0–64"},
    "emergency.age.all": {"sv": "Alla åldrar", "en": "All ages"},
    "emergency.age_help": {
        "sv": "Åldersgruppen gäller akutbesök per 1 000 invånare; besök per 1 000 listade och återinskrivningar "
              "räknas för alla åldrar.",
        "en": "The age band applies to ED visits per 1,000 inhabitants; visits per 1,000 listed and readmissions "
              "count all ages.",
    },
    "emergency.change_label": {"sv": "Förändring från", "en": "Change from"},
    "emergency.change_help": {
        "sv": "Månaden då något ändrades. Månaderna efter jämförs med samma kalendermånader ett år tidigare, så att "
              "vinterns toppar inte läses som en förändring. Områdets händelser står vid sin månad.",
        "en": "The month something changed. The months after it are compared with the same calendar months a year "
              "earlier, so that winter peaks do not read as a change. The area's events are named at their month.",
    },
    "emergency.change_none": {"sv": "Ingen förändring vald", "en": "No change chosen"},
    "emergency.change_option": {"sv": "{month} – {event}", "en": "{month} – {event}"},
    "emergency.change_more": {"sv": "{event} (och {more} till)", "en": "{event} (and {more} more)"},
    "emergency.change_event": {"sv": "Vald förändring: {month}.", "en": "Change chosen: {month}."},
    "emergency.cost_label": {"sv": "Kostnad per akutbesök (kr)", "en": "Cost per ED visit (SEK)"},
    "emergency.cost_help": {
        "sv": "Kostnaden för ett akutbesök enligt KPP. Förvalt: 6 774 kr (Ljungby 2023, slutrapporten Nära vård "
              "i hemmet, Region Kronoberg).",
        "en": "The cost of an ED visit by cost per patient (KPP). Default: SEK 6,774 (Ljungby 2023, the final "
              "report Nära vård i hemmet, Region Kronoberg).",
    },
    "emergency.overhead_label": {"sv": "Omkostnader (%)", "en": "Overhead (%)"},
    "emergency.overhead_help": {
        "sv": "Den del av kostnaden som är omkostnader och inte sparas när besöken minskar. Förvalt: 20\u00a0%.",
        "en": "The part of the cost that is overhead and not saved when visits fall. Default: 20%.",
    },
    "emergency.refused.cost": {
        "sv": "Kostnaden ”{text}” används inte: {reason}. Skriv ett belopp i kronor från 100, t.ex. 6774 eller "
              "6 774; kostnaden som stod kvar används.",
        "en": "The cost “{text}” is not used: {reason}. Type an amount in SEK from 100, e.g. 6774 or 6,774; the "
              "cost before it is kept.",
    },
    "emergency.refused.overhead": {
        "sv": "Omkostnaden ”{text}” används inte: {reason}. Skriv en andel i procent från 0 till 99, t.ex. 20; "
              "andelen som stod kvar används.",
        "en": "The overhead “{text}” is not used: {reason}. Type a share in percent from 0 to 99, e.g. 20; the "
              "share before it is kept.",
    },
    "emergency.bands.title": {"sv": "Akutbesök per 1 000 invånare efter ålder",
                              "en": "ED visits per 1,000 inhabitants by age"},
    "emergency.bands.definition": {
        "sv": "Akutbesök av invånare i varje åldersgrupp per 1 000 invånare i gruppen och månad; alla åldrar är "
              "gruppernas summa. Besök räknas där områdets invånare i gruppen är kända.",
        "en": "ED visits by inhabitants of each age band per 1,000 inhabitants of the band a month; all ages are "
              "the bands' sum. Visits count where the area's inhabitants of the band are known.",
    },
    "emergency.bands.centre": {
        "sv": "Invånarnas akutbesök räknas per område: diagrammet visar {area}, där vårdcentralen ligger.",
        "en": "Inhabitants' ED visits are counted by area: the chart shows {area}, where the centre lies.",
    },
    "indicator.ed_rate_65_79.name": {"sv": "Akutbesök per 1 000 invånare 65–79",
                                     "en": "ED visits per 1,000 aged 65–79"},
    "indicator.ed_rate_65_79.definition": {
        "sv": "Akutbesök av invånare 65–79 år per 1 000 invånare 65–79 och månad.",
        "en": "ED visits by inhabitants aged 65–79 per 1,000 inhabitants aged 65–79 a month.",
    },
    "indicator.ed_rate_0_64.name": {"sv": "Akutbesök per 1 000 invånare 0–64", "en": "ED visits per 1,000 aged 0–64"},
    "indicator.ed_rate_0_64.definition": {
        "sv": "Akutbesök av invånare 0–64 år per 1 000 invånare 0–64 och månad.",
        "en": "ED visits by inhabitants aged 0–64 per 1,000 inhabitants aged 0–64 a month.",
    },
    "indicator.ed_rate_all.name": {"sv": "Akutbesök per 1 000 invånare", "en": "ED visits per 1,000 inhabitants"},
    "indicator.ed_rate_all.definition": {
        "sv": "Akutbesök av områdets invånare (alla åldrar) per 1 000 invånare och månad.",
        "en": "ED visits by the area's inhabitants (all ages) per 1,000 inhabitants a month.",
    },
    "emergency.before_after.title": {"sv": "Före och efter", "en": "Before and after"},
    "emergency.before_after.subtitle": {
        "sv": "förändring {change} · före: {before} · efter: {after}",
        "en": "change {change} · before: {before} · after: {after}",
    },
    "emergency.before_after.definition": {
        "sv": "Upp till tolv månader efter förändringen mot samma kalendermånader ett år tidigare, och bara månader "
              "vars par finns i uttaget (minst tre): tidigt i uttaget jämförs månaderna före förändringen med samma "
              "månader ett år senare. Kvoten är värdet efter delat med värdet före, med 95\u00a0% konfidensintervall "
              "för en kvot mellan två Poissonfördelade antal. Styrdiagrammets regler prövas på månaderna efter, med "
              "gränser från månaderna före.",
        "en": "Up to twelve months after the change against the same calendar months a year earlier, and only months "
              "whose pair the extract holds (at least three): early in the extract, the months before the change are "
              "compared with the same months a year later. The ratio is the value after over the value before, with "
              "the 95% confidence interval of a ratio of two Poisson counts. The control chart's rules are applied to "
              "the months after, with limits from the months before.",
    },
    "emergency.before_after.choose": {
        "sv": "Välj en förändringsmånad ovan för att jämföra före och efter.",
        "en": "Choose a month of change above to compare before and after.",
    },
    "emergency.before_after.too_early": {
        "sv": "Förändringen kan inte jämföras: uttaget har färre än tre månader före den (eller efter den) med "
              "samma kalendermånad ett år ifrån.",
        "en": "The change cannot be compared: the extract has fewer than three months before it (or after it) with "
              "the same calendar month a year apart.",
    },
    "emergency.before_after.gap": {
        "sv": "Månaderna {months} ligger mellan de jämförda och räknas inte: bara samma kalendermånader jämförs, ett "
              "år ifrån varandra.",
        "en": "The months {months} lie between those compared and do not count: only the same calendar months are "
              "compared, a year apart.",
    },
    "emergency.before_after.caution": {
        "sv": "Jämförelsen säger om något ändrades, inte vad som orsakade det: annat som hände samtidigt (en "
              "akutmottagning som stänger nattetid, ett nytt arbetssätt) kan ha bidragit.",
        "en": "The comparison says whether something changed, not what caused it: other things happening at the same "
              "time (an emergency department closing at night, a new way of working) may have contributed.",
    },
    "emergency.before": {"sv": "Före ({months})", "en": "Before ({months})"},
    "emergency.after": {"sv": "Efter ({months})", "en": "After ({months})"},
    "emergency.month_before": {"sv": "Månad före", "en": "Month before"},
    "emergency.before_short": {"sv": "före", "en": "before"},
    "emergency.after_short": {"sv": "efter", "en": "after"},
    "emergency.counted.rate_per_1000": {"sv": "Besök {when}", "en": "Visits {when}"},
    "emergency.counted.share": {"sv": "Återinskrivningar {when}", "en": "Readmissions {when}"},
    "emergency.counted.numerator": {"sv": "Täljare {when}", "en": "Numerator {when}"},
    "emergency.events_many": {
        "sv": "{count} händelser i perioden (vårdcentraler som gick med i eller lämnade modellen, team som började) "
              "ritas inte i diagrammet: välj en kommun eller stadsdel för att se dem.",
        "en": "{count} events in the period (centres joining or leaving the scheme, teams starting) are not drawn: "
              "choose a municipality or district to see them.",
    },
    "emergency.month_after": {"sv": "Månad efter", "en": "Month after"},
    "emergency.ratio": {"sv": "Kvot efter/före", "en": "Ratio after/before"},
    "emergency.ratio_interval": {"sv": "95\u00a0% KI {low}–{high}", "en": "95% CI {low}–{high}"},
    "emergency.ratio_help": {
        "sv": "Under 1: lägre efter än före. Intervallet visar vad slumpen rymmer; ligger hela under 1 är "
              "minskningen knappast slump.",
        "en": "Below 1: lower after than before. The interval shows what chance allows; wholly below 1, the fall "
              "is hardly chance.",
    },
    "emergency.rules": {"sv": "Styrdiagrammet ser", "en": "The control chart sees"},
    "emergency.rules.fall": {"sv": "Minskning", "en": "A fall"},
    "emergency.rules.rise": {"sv": "Ökning", "en": "A rise"},
    "emergency.rules.none": {"sv": "Oförändrat", "en": "No change"},
    "emergency.rules.too_few": {"sv": "För få", "en": "Too few"},
    "emergency.rules_too_few_note": {
        "sv": "Styrdiagrammets regler kan inte döma här: de behöver minst två månader före och sju efter (eller en "
              "månad utanför gränserna). Vänta in fler månader, eller välj en förändring med fler månader runt sig.",
        "en": "The control chart's rules cannot judge here: they need at least two months before and seven after (or "
              "a month beyond the limits). Wait for more months, or choose a change with more months around it.",
    },
    "emergency.change_event_short": {"sv": "förändring {month}", "en": "change {month}"},
    "emergency.per_month": {"sv": "per 1 000 och månad", "en": "per 1,000 a month"},
    "emergency.rules_help": {
        "sv": "Om någon av styrdiagrammets regler (utanför gränserna, sju i rad på samma sida, sju i rad åt samma "
              "håll, två av tre nära gränsen) slår till efter förändringen, med gränser från månaderna före.",
        "en": "Whether any of the control chart's rules (beyond the limits, seven in a row on one side, seven in a "
              "row one way, two of three near a limit) fires after the change, with limits from the months before.",
    },
    "emergency.verdict.fall_signal": {
        "sv": "Minskningen är en signal: {change} följdes av {change_pct} lägre värden (kvot {ratio}, 95\u00a0% "
              "KI {low}–{high}), och styrdiagrammets regler ser den.",
        "en": "The fall is a signal: {change} was followed by values {change_pct} lower (ratio {ratio}, 95% CI "
              "{low}–{high}), and the control chart's rules see it.",
    },
    "emergency.verdict.fall_interval": {
        "sv": "Värdena är lägre efter {change} (kvot {ratio}, 95\u00a0% KI {low}–{high}), men styrdiagrammets "
              "regler ser ingen förändring ännu: vänta in fler månader innan slutsatsen dras.",
        "en": "The values are lower after {change} (ratio {ratio}, 95% CI {low}–{high}), but the control chart's "
              "rules see no change yet: wait for more months before concluding.",
    },
    "emergency.verdict.rise_signal": {
        "sv": "Värdena steg efter {change} (kvot {ratio}, 95\u00a0% KI {low}–{high}), och styrdiagrammets regler "
              "ser ökningen.",
        "en": "The values rose after {change} (ratio {ratio}, 95% CI {low}–{high}), and the control chart's rules "
              "see the rise.",
    },
    "emergency.verdict.rise_interval": {
        "sv": "Värdena är högre efter {change} (kvot {ratio}, 95\u00a0% KI {low}–{high}), men styrdiagrammets "
              "regler ser ingen förändring.",
        "en": "The values are higher after {change} (ratio {ratio}, 95% CI {low}–{high}), but the control chart's "
              "rules see no change.",
    },
    "emergency.verdict.rules_only": {
        "sv": "Styrdiagrammet ser en förändring efter {change}, men intervallet för kvoten {ratio} (95\u00a0% KI "
              "{low}–{high}) innehåller 1: att ingenting ändrades kan inte uteslutas. Läs den som osäker.",
        "en": "The control chart sees a change after {change}, but the interval of the ratio {ratio} (95% CI "
              "{low}–{high}) holds 1: that nothing changed cannot be ruled out. Read it as uncertain.",
    },
    "emergency.verdict.noise": {
        "sv": "Ingen förändring som skiljer sig från slumpen efter {change}: kvoten {ratio} (95\u00a0% KI "
              "{low}–{high}) rymmer både en minskning och en ökning, och styrdiagrammets regler ser ingen.",
        "en": "No change beyond chance after {change}: the ratio {ratio} (95% CI {low}–{high}) allows both a fall "
              "and a rise, and the control chart's rules see none.",
    },
    "emergency.verdict.fall_interval_unjudged": {
        "sv": "Värdena är lägre efter {change} (kvot {ratio}, 95\u00a0% KI {low}–{high}), men styrdiagrammets "
              "regler har för få månader att döma: vänta in fler månader innan slutsatsen dras.",
        "en": "The values are lower after {change} (ratio {ratio}, 95% CI {low}–{high}), but the control chart's "
              "rules have too few months to judge: wait for more months before concluding.",
    },
    "emergency.verdict.rise_interval_unjudged": {
        "sv": "Värdena är högre efter {change} (kvot {ratio}, 95\u00a0% KI {low}–{high}); styrdiagrammets regler "
              "har för få månader att döma.",
        "en": "The values are higher after {change} (ratio {ratio}, 95% CI {low}–{high}); the control chart's "
              "rules have too few months to judge.",
    },
    "emergency.verdict.noise_unjudged": {
        "sv": "Ingen förändring som skiljer sig från slumpen efter {change}: kvoten {ratio} (95\u00a0% KI "
              "{low}–{high}) rymmer både en minskning och en ökning, och styrdiagrammets regler har för få "
              "månader att döma.",
        "en": "No change beyond chance after {change}: the ratio {ratio} (95% CI {low}–{high}) allows both a fall "
              "and a rise, and the control chart's rules have too few months to judge.",
    },
    "emergency.verdict.unknown": {
        "sv": "Före och efter {change} kan inte jämföras: ett av värdena är dolt eller saknas.",
        "en": "Before and after {change} cannot be compared: one of the values is hidden or missing.",
    },
    "emergency.savings.title": {"sv": "Vad minskningen är värd", "en": "What the fall is worth"},
    "emergency.savings.definition": {
        "sv": "Besparingsberäkning som i slutrapporten Nära vård i hemmet (Region Kronoberg 2024): (genomsnittligt "
              "antal akutbesök per månad före − efter) × 12 × kostnad per besök × (1 − omkostnadsandel). Varje rad "
              "räknas från raderna ovan som de står.",
        "en": "Savings estimate as in the final report Nära vård i hemmet (Region Kronoberg 2024): (mean ED visits a "
              "month before − after) × 12 × cost per visit × (1 − overhead share). Each line is worked from the "
              "lines above as they read.",
    },
    "emergency.savings.step": {"sv": "Steg", "en": "Step"},
    "emergency.savings.amount": {"sv": "Uträkning", "en": "Calculation"},
    "emergency.savings.cost": {"sv": "Kostnad per akutbesök (KPP)", "en": "Cost per ED visit (KPP)"},
    "emergency.savings.overhead": {"sv": "Minus omkostnader ({share})", "en": "Less overhead ({share})"},
    "emergency.savings.per_visit": {"sv": "{cost} × (1 − {share}) = {value} per besök",
                                    "en": "{cost} × (1 − {share}) = {value} per visit"},
    "emergency.savings.mean": {"sv": "Genomsnitt akutbesök, {months}", "en": "Mean ED visits, {months}"},
    "emergency.savings.per_month": {"sv": "{value} per månad", "en": "{value} a month"},
    "emergency.savings.decrease": {"sv": "Genomsnittlig minskning", "en": "Mean decrease"},
    "emergency.savings.decrease_line": {"sv": "{before} − {after} = {value} akutbesök per månad",
                                        "en": "{before} − {after} = {value} ED visits a month"},
    "emergency.savings.per_year": {"sv": "Besparing per år", "en": "Saving a year"},
    "emergency.savings.no_decrease": {"sv": "ingen: besöken minskade inte, och ingen besparing räknas",
                                      "en": "none: the visits did not fall, and no saving is worked out"},
    "emergency.savings.year_line": {"sv": "{decrease} besök × 12 månader × {per_visit} = {value}",
                                    "en": "{decrease} visits × 12 months × {per_visit} = {value}"},
    "emergency.savings.range": {"sv": "Osäkerhet (95\u00a0%)", "en": "Uncertainty (95%)"},
    "emergency.savings.range_line": {
        "sv": "kvot {low}–{high}: {visits_low} till {visits_high} färre besök per månad, {kronor_low} till "
              "{kronor_high} per år",
        "en": "ratio {low}–{high}: {visits_low} to {visits_high} fewer visits a month, {kronor_low} to "
              "{kronor_high} a year",
    },
    "emergency.savings.range_line_across": {
        "sv": "kvot {low}–{high}: från {visits_low} fler till {visits_high} färre besök per månad, från {kronor_low} "
              "i kostnad till {kronor_high} i besparing per år",
        "en": "ratio {low}–{high}: from {visits_low} more to {visits_high} fewer visits a month, from {kronor_low} "
              "in cost to {kronor_high} saved a year",
    },
    "emergency.savings.visits": {
        "sv": "Besöken är alla som räknas i måttet {name}, före och efter.",
        "en": "The visits are all those counted in {name}, before and after.",
    },
    "emergency.savings.counts": {
        "sv": "Besparingen räknas på antalet besök, inte på besöken per 1 000: växer befolkningen kan besöken bli "
              "fler fast takten sjunker, och då finns ingen besparing att räkna.",
        "en": "The saving is worked from the number of visits, not the visits per 1,000: where the population grows, "
              "visits may rise while the rate falls, and then there is no saving to work out.",
    },
    "emergency.savings.warning.no_fall": {
        "sv": "Akutbesöken minskade inte ({before} per månad före, {after} efter): det finns ingen besparing att "
              "räkna.",
        "en": "ED visits did not fall ({before} a month before, {after} after): there is no saving to work out.",
    },
    "emergency.savings.not_visits": {
        "sv": "Besparingen räknas på akutbesök: välj akutbesök per 1 000 invånare eller per 1 000 listade.",
        "en": "The saving is worked from ED visits: choose ED visits per 1,000 inhabitants or per 1,000 listed.",
    },
    "emergency.savings.hidden": {
        "sv": "Besöken före eller efter är för få för att visas, så ingen besparing kan räknas.",
        "en": "The visits before or after are too few to be shown, so no saving can be worked out.",
    },
    "emergency.savings.warning.fall_interval": {
        "sv": "Minskningen är ännu ingen signal i styrdiagrammet: räkna inte hem besparingen förrän den består.",
        "en": "The fall is not yet a signal on the control chart: do not count on the saving until it lasts.",
    },
    "emergency.savings.warning.rules_only": {
        "sv": "Intervallet rymmer ingen förändring alls: besparingen kan lika gärna vara noll.",
        "en": "The interval allows no change at all: the saving may as well be nothing.",
    },
    "emergency.savings.warning.noise": {
        "sv": "Minskningen är inte en signal: den ryms inom slumpen, och besparingen kan lika gärna vara noll.",
        "en": "The fall is not a signal: it is within chance, and the saving may as well be nothing.",
    },
    "emergency.savings.warning.rise_signal": {
        "sv": "Akutbesöken ökade: det finns ingen besparing att räkna.",
        "en": "ED visits rose: there is no saving to work out.",
    },
    "emergency.savings.warning.rise_interval": {
        "sv": "Akutbesöken är fler efter än före: det finns ingen besparing att räkna.",
        "en": "ED visits are more after than before: there is no saving to work out.",
    },
    "emergency.savings.warning.unknown": {
        "sv": "Före och efter kan inte jämföras med ett intervall: räkna inte hem besparingen.",
        "en": "Before and after cannot be compared with an interval: do not count on the saving.",
    },
    "unit.kronor": {"sv": "{value}" + NBSP + "kr", "en": "SEK" + NBSP + "{value}"},
    "emergency.funnel.subtitle.rate_per_1000": {
        "sv": "Värde mot antal invånare · gränser (95\u00a0% och 99,8\u00a0%) kring {reference} · inom dem är "
              "skillnaden slump",
        "en": "Value against inhabitants · limits (95% and 99.8%) around {reference} · within them the difference "
              "is chance",
    },
    "emergency.funnel.subtitle.share": {
        "sv": "Andel mot antal inläggningar · gränser (95\u00a0% och 99,8\u00a0%) kring {reference} · inom dem är "
              "skillnaden slump",
        "en": "Share against admissions · limits (95% and 99.8%) around {reference} · within them the difference "
              "is chance",
    },
    "chart.numerator.rate_per_1000": {"sv": "Besök", "en": "Visits"},
    "chart.denominator.rate_per_1000": {"sv": "Personmånader", "en": "Person-months"},
    "chart.numerator.readmission_share": {"sv": "Återinskrivningar", "en": "Readmissions"},
    "chart.denominator.readmission_share": {"sv": "Inläggningar", "en": "Admissions"},
    "emergency.funnel.x.share": {"sv": "Antal inläggningar", "en": "Number of admissions"},
    "emergency.funnel.x.ed_rate_80": {"sv": "Invånare 80+ (medel under perioden)",
                                      "en": "Inhabitants aged 80+ (mean over the period)"},
    "emergency.funnel.x.ed_rate_65_79": {"sv": "Invånare 65–79 (medel under perioden)",
                                         "en": "Inhabitants aged 65–79 (mean over the period)"},
    "emergency.funnel.x.ed_rate_0_64": {"sv": "Invånare 0–64 (medel under perioden)",
                                        "en": "Inhabitants aged 0–64 (mean over the period)"},
    "emergency.funnel.x.ed_rate_all": {"sv": "Invånare (medel under perioden)",
                                       "en": "Inhabitants (mean over the period)"},
    "emergency.funnel.x.ed_rate_listed": {"sv": "Listade (medel under perioden)",
                                          "en": "Listed patients (mean over the period)"},
    "emergency.centres.title": {"sv": "Akutbesök per 1 000 listade per vårdcentral",
                                "en": "ED visits per 1,000 listed by health centre"},
    "emergency.centres.none": {"sv": "Inga vårdcentraler i området har ett värde att visa.",
                               "en": "No health centre of the area has a value to show."},
    "emergency.centres.ends": {
        "sv": "Diagrammet visar de {count} högsta och de {count} lägsta av {total} vårdcentraler; tabellen har alla.",
        "en": "The chart shows the {count} highest and the {count} lowest of {total} health centres; the table has "
              "them all.",
    },
    "emergency.centres.hidden": {
        "sv": "{count} vårdcentraler visas inte i diagrammet: deras värden är dolda för att skydda enskilda.",
        "en": "{count} health centres are not drawn: their values are hidden to protect individuals.",
    },
}
