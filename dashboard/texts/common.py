"""Texts every page shares: the shell, filters, indicators, charts, values and control-chart words."""

TEXTS: dict[str, dict[str, str]] = {
    "setting.error": {
        "sv": "Inställningen {name} = {value} går inte att använda: {rule}. Ändra den (docs/settings.md) "
        "och starta om appen.",
        "en": "Setting {name} = {value} cannot be used: {rule}. Change it (docs/settings.md) and restart the app.",
    },
    "setting.rule.whole_number": {"sv": "den ska vara ett heltal", "en": "it must be a whole number"},
    "setting.rule.address": {
        "sv": "den ska vara en adress som börjar med http:// eller https://, t.ex. https://narvard.example.se",
        "en": "it must be an address starting with http:// or https://, e.g. https://narvard.example.se"},
    "setting.rule.number": {"sv": "den ska vara ett tal", "en": "it must be a number"},
    "setting.rule.share": {"sv": "den ska vara ett tal mellan 0 och 1", "en": "it must be a number between 0 and 1"},
    "setting.rule.at_least": {"sv": "den ska vara minst {minimum}", "en": "it must be at least {minimum}"},
    "setting.rule.above_zero": {"sv": "den ska vara större än 0", "en": "it must be above 0"},
    "setting.rule.secret_unwritable": {
        "sv": "mappen ska gå att skriva i första gången, för nyckeln som slumpjusterar antalen ({error})",
        "en": "the folder must be writable the first time, for the key that perturbs the counts ({error})",
    },
    "setting.rule.secret_unreadable": {
        "sv": "nyckeln som slumpjusterar antalen, {path}, ska gå att läsa ({error})",
        "en": "the key that perturbs the counts, {path}, must be readable ({error})",
    },
    "setting.rule.secret_elsewhere": {
        "sv": "den ska vara datamappen som {extract} ligger i, eller NVK_CELL_KEY_SECRET anges: utan datamappens "
              "nyckel skulle samma antal få ny slumpjustering",
        "en": "it must be the data folder that holds {extract}, or NVK_CELL_KEY_SECRET must be set: without the data "
              "folder's key the same counts would get fresh noise",
    },
    "setting.rule.cumulative": {
        "sv": "andelarna är kumulativa och ska stiga inom 0–1",
        "en": "the shares are cumulative and must rise within 0–1",
    },
    "setting.rule.boundaries": {
        "sv": "filen går inte att använda som gränser ({problem})",
        "en": "the file cannot be used as boundaries ({problem})",
    },
    "error.internal": {
        "sv": "Något gick fel i Närvårdskollen, inte i datauttaget. Felet är loggat på servern ({reference}); "
        "ladda om sidan eller kontakta den som driftar appen och ange referensen.",
        "en": "Something went wrong in Närvårdskollen, not in the extract. The error is logged on the server "
        "({reference}); reload the page or tell whoever runs the app, quoting the reference.",
    },
    "app.title": {"sv": "Närvårdskollen", "en": "Närvårdskollen"},
    "app.tagline": {"sv": "Uppföljning av Mobil närvård", "en": "Follow-up of Mobil närvård"},
    "page.overview": {"sv": "Översikt", "en": "Overview"},
    "extract.caption": {
        "sv": "Datauttag {date} · Källa: {source}",
        "en": "Extract of {date} · Source: {source}",
    },
    "extract.no_complete_month": {
        "sv": "Datauttaget i {path} har ännu ingen hel månad att visa (uttagsdatum {date}).",
        "en": "The extract in {path} has no complete month to show yet (reference date {date}).",
    },
    "extract.unknown_source": {"sv": "okänd", "en": "unknown"},
    "extract.missing": {
        "sv": "Det finns inget datauttag i {path}. Läs in ett med `python -m dashboard ingest MAPP`, "
        "eller starta med `scripts/run`, som bygger demodata.",
        "en": "There is no extract in {path}. Ingest one with `python -m dashboard ingest FOLDER`, "
        "or start with `scripts/run`, which builds the demo data.",
    },
    "extract.unreadable": {
        "sv": "Datauttaget i {path} kan inte läsas: {error}. Läs in ett nytt uttag; det förra finns kvar i data/archive/.",
        "en": "The extract in {path} cannot be read: {error}. Ingest a new one; the previous ones are kept in data/archive/.",
    },
    "value.suppressed_count": {"sv": "<5", "en": "<5"},
    "value.suppressed_share": {"sv": "–", "en": "–"},
    "value.missing": {"sv": "uppgift saknas", "en": "no data"},
    # a recording gap reads as any month without data; the figure's notes and help say why
    "value.not_recorded": {"sv": "uppgift saknas", "en": "no data"},
    "value.not_recorded_help": {
        "sv": "Inget av månadens besök är markerat som teambesök: markeringen saknas troligen i registreringen "
              "och månaden räknas inte som 0\u00a0%.",
        "en": "None of the month's visits is marked as a team visit: the mark is most likely missing from the "
              "records, and the month does not count as 0%.",
    },
    "value.hidden.small": {
        "sv": "Döljs (<{threshold}): färre än {threshold} personer eller händelser ligger bakom siffran.",
        "en": "Hidden (<{threshold}): fewer than {threshold} people or events lie behind the figure.",
    },
    "value.hidden.part_small": {
        "sv": "Döljs (–): färre än {threshold} personer eller händelser ligger bakom en del av måttet.",
        "en": "Hidden (–): fewer than {threshold} people or events lie behind a part of the measure.",
    },
    "value.hidden.held": {
        "sv": "Döljs (–) för att skydda en annan siffra: visad skulle den, tillsammans med andra, avslöja ett "
              "antal under {threshold}.",
        "en": "Hidden (–) to protect another figure: shown, it would, with others, give away a count under "
              "{threshold}.",
    },
    "delta.points": {"sv": "{delta} procentenheter", "en": "{delta} percentage points"},
    "delta.since": {"sv": "{delta} från {month}", "en": "{delta} from {month}"},
    "axis.rate_per_1000": {"sv": "per\u00a01\u00a0000", "en": "per\u00a01,000"},
    "axis.median_days": {"sv": "dagar", "en": "days"},
    "axis.mean_days": {"sv": "dagar", "en": "days"},
    # what a count or a mean is of, after its change on a tile: "+182" alone reads as no unit at all
    "unit.counted": {"sv": "{value} {unit}", "en": "{value} {unit}"},
    "indicator.home_visits.unit": {"sv": "besök", "en": "visits"},
    "indicator.ed_visits.unit": {"sv": "besök", "en": "visits"},
    "indicator.nsvt_enrolled.unit": {"sv": "patienter", "en": "patients"},
    "indicator.nsvt_enrolled.unit_one": {"sv": "patient", "en": "patient"},
    "indicator.nsvt_active.unit": {"sv": "patienter", "en": "patients"},
    "indicator.nsvt_active.unit_one": {"sv": "patient", "en": "patient"},
    "indicator.home_visits.unit_one": {"sv": "besök", "en": "visit"},
    "indicator.ed_visits.unit_one": {"sv": "besök", "en": "visit"},
    "indicator.nsvt_visits_per_episode.unit": {"sv": "besök per patient", "en": "visits per patient"},
    "unit.days": {"sv": "{value} dagar", "en": "{value} days"},
    # no line breaks inside a rate: "53,1 per / 1 000" read as two figures
    "unit.per_1000": {"sv": "{value}\u00a0per\u00a01\u00a0000", "en": "{value}\u00a0per\u00a01,000"},
    "unit.per_episode": {"sv": "{value} per patient", "en": "{value} per patient"},
    "chart.whole_year": {"sv": "helåret {year}", "en": "the whole year {year}"},
    "chart.month": {"sv": "Månad", "en": "Month"},
    "chart.event": {"sv": "Händelse", "en": "Event"},
    "chart.value": {"sv": "Värde", "en": "Value"},
    "chart.numerator": {"sv": "Täljare", "en": "Numerator"},
    "chart.denominator": {"sv": "Nämnare", "en": "Denominator"},
    "chart.series": {"sv": "Område", "en": "Area"},
    "chart.area": {"sv": "Område", "en": "Area"},
    "chart.mean": {"sv": "Medel", "en": "Mean"},
    "chart.upper": {"sv": "Övre styrgräns", "en": "Upper control limit"},
    "chart.lower": {"sv": "Nedre styrgräns", "en": "Lower control limit"},
    "chart.median": {"sv": "Median", "en": "Median"},
    "chart.target": {"sv": "mål", "en": "target"},
    "chart.median_few_crossings": {"sv": "Median: för få korsningar", "en": "Median: too few crossings"},
    "chart.long_run": {"sv": "Ovanligt lång serie", "en": "Unusually long run"},
    "chart.signal.improvement": {"sv": "Förbättring", "en": "Improvement"},
    "chart.signal.concern": {"sv": "Försämring", "en": "Concern"},
    "chart.signal.neither": {"sv": "Avvikelse", "en": "Special cause"},
    "chart.signal.none": {"sv": "Ingen signal", "en": "No signal"},
    "chart.caption_entries": {"sv": "{definition} Källa: {source}.", "en": "{definition} Source: {source}."},
    "chart.caption": {
        "sv": "{definition} Källa: {source}, datauttag {date}. Antal patienter eller besök från 1 till 4 visas som "
              "<5. Antal som döljs för att skydda andra siffror visas som –. Övriga sådana antal är lätt "
              "slumpjusterade för att skydda enskilda.",
        "en": "{definition} Source: {source}, extract of {date}. Counts of patients or visits from 1 to 4 read <5. "
              "Counts hidden to protect other figures read –. The other such counts are slightly perturbed to "
              "protect individuals.",
    },
    "disclosure.title": {"sv": "Om siffrorna", "en": "About the numbers"},
    "disclosure.explained": {
        "sv": "Inget antal patienter eller besök från 1 till 4 visas: det står som **<5**. Ibland måste också "
              "ett annat antal döljas för att skydda ett litet: det står som **–**, och så gör en andel, kvot "
              "eller ett medelvärde som bygger på ett dolt antal, och ett antal för flera månader när någon av "
              "månaderna är dold. Alla andra antal är **lätt slumpjusterade**: hälften är oförändrade, de "
              "flesta andra ändrade med 1, några få med 2–4. Samma patienter ger alltid samma justering, var de "
              "än visas, och en period är summan av sina månader. Därför kan ingen räkna fram ett dolt antal ur "
              "andra siffror (en period minus en annan, ett team minus dess områden, regionen minus "
              "vårdcentralerna), men delar kan skilja sig något från sin summa, och skillnaden mellan två "
              "visade antal är inget antal: 155 av 156 kan lika gärna betyda att ingen eller några få saknas. "
              "Vårdcentraler och enheter är inga personer och visas som de är. Metoden heter *cell key* och "
              "används bland annat av Australiens och Englands statistikmyndigheter.",
        "en": "No count of patients or visits from 1 to 4 is shown: it reads **<5**. Sometimes another count "
              "must be hidden to protect a small one: it reads **–**, and so does a share, rate or mean built on "
              "a hidden count, and a count over several months when one of the months is hidden. Every other "
              "count is **slightly perturbed**: half are unchanged, most others moved by 1, a few by 2–4. The "
              "same patients always get the same change, wherever they are shown, and a period is the sum of its "
              "months. So no one can work out a hidden count from other figures (a period minus another, a team "
              "minus its areas, the region minus its centres), but parts may differ a little from their total, "
              "and the difference of two shown counts is no count: 155 of 156 may as well mean that none or a "
              "few are missing. Health centres and units are not people and are shown as they are. The method "
              "is the *cell key method*, used among others by the Australian and English statistical offices.",
    },
    "chart.show_table": {"sv": "Visa tabellen bakom diagrammet", "en": "Show the table behind the chart"},
    "chart.show_numbers": {"sv": "Visa siffrorna i en tabell", "en": "Show the numbers as a table"},
    "chart.count_not_compared": {"sv": "ett antal jämförs inte med {area}", "en": "a count is not compared with {area}"},
    "chart.compared_with": {"sv": "jämfört med {area}", "en": "compared with {area}"},
    "chart.no_comparison": {"sv": "ingen jämförelse", "en": "no comparison"},
    "chart.compared_with_itself": {"sv": "ingen jämförelse: urvalet är självt jämförelseområdet",
                                   "en": "no comparison: the selection is itself the area compared with"},
    "filter.heading": {"sv": "Urval", "en": "Selection"},
    "filter.language": {"sv": "Språk", "en": "Language"},
    "filter.area": {"sv": "Område", "en": "Area"},
    "filter.area_help": {
        "sv": "Region, delregion, kommun eller stadsdel. Skriv för att söka.",
        "en": "Region, subregion, municipality or district. Type to search.",
    },
    "filter.hc": {"sv": "Vårdcentral", "en": "Health centre"},
    "filter.hc_all": {"sv": "Alla vårdcentraler", "en": "All health centres"},
    "filter.team": {"sv": "Närsjukvårdsteam", "en": "Near-care team"},
    "filter.team_all": {"sv": "Alla team", "en": "All teams"},
    "filter.team_help": {
        "sv": "Teamen som arbetar i området. Utan team visas områdets patienter, vilket team de än har, och"
              " beläggningen för vart och ett av områdets team.",
        "en": "The teams serving the area. Without a team, the figures are of the area's patients, whichever"
              " team they are with, and the census of each of the area's teams.",
    },
    "filter.from": {"sv": "Från månad", "en": "From month"},
    "filter.to": {"sv": "Till månad", "en": "To month"},
    "filter.compare": {"sv": "Jämför med", "en": "Compare with"},
    "compare.none": {"sv": "Ingen jämförelse", "en": "No comparison"},
    "compare.region": {"sv": "Regionen", "en": "The region"},
    "compare.parent": {"sv": "Överordnat område", "en": "The parent area"},
    "level.subregion": {"sv": "delregion", "en": "subregion"},
    "level.district": {"sv": "stadsdel", "en": "district"},
    "area.subregion_label": {"sv": "{name} (delregion)", "en": "{name} (subregion)"},
    "area.district_label": {"sv": "{name} (stadsdel i {parent})", "en": "{name} (district of {parent})"},
    "hc.label": {"sv": "{name} ({ownership})", "en": "{name} ({ownership})"},
    "notice.unknown_param": {
        "sv": "Länken hade en okänd parameter, {name}, som inte används.",
        "en": "The link had an unknown parameter, {name}, which is not used.",
    },
    "notice.bad_value": {
        "sv": "Länkens {name}={value} är inte giltig och används inte; standardvalet visas.",
        "en": "The link's {name}={value} is not valid and is not used; the default is shown.",
    },
    "notice.bad_parts": {
        "sv": "Länkens {name} innehåller {value}, som inte är giltigt och inte används; resten visas.",
        "en": "The link's {name} holds {value}, which is not valid and is not used; the rest is shown.",
    },
    "notice.month_outside": {
        "sv": "Länkens {name}={value} ligger utanför datauttagets månader ({first} till {last}); {used} används.",
        "en": "The link's {name}={value} lies outside the extract's months ({first} to {last}); {used} is used.",
    },
    "notice.period_reversed": {
        "sv": "Länkens period börjar efter att den slutar; de senaste tolv hela månaderna visas.",
        "en": "The link's period starts after it ends; the last twelve complete months are shown.",
    },
    "notice.extract_lacks": {
        "sv": "Ett nytt datauttag har lästs in och {what} finns inte i det; standardvalet visas i stället.",
        "en": "A new extract has been read in and {what} is not in it; the default is shown instead.",
    },
    "notice.extract_period": {
        "sv": "Ett nytt datauttag har lästs in och täcker inte hela den valda perioden; den är nu {first} till {last}.",
        "en": "A new extract has been read in and does not cover the whole period chosen; it is now {first} to {last}.",
    },
    "notice.hc_outside_area": {
        "sv": "Vårdcentralen {hc} ligger inte i {area}; alla vårdcentraler visas.",
        "en": "Health centre {hc} is not in {area}; all health centres are shown.",
    },
    "notice.team_outside_area": {
        "sv": "{team} arbetar inte i {area}; områdets alla team visas.",
        "en": "{team} does not serve {area}; all the area's teams are shown.",
    },
    "page.coverage": {"sv": "Täckning", "en": "Coverage"},
    "indicator.coverage_offered_65.name": {"sv": "Erbjudna mobil läkare, 65+", "en": "Offered a mobile doctor, 65+"},
    "indicator.coverage_offered_65.definition": {
        "sv": "Andel av patienterna 65 år och äldre inskrivna i kommunal hemsjukvård vid månadens slut "
        "som har mobil hemsjukvårdsläkare (från och med det datumet eller tidigare).",
        "en": "Share of patients aged 65+ enrolled in municipal home care at the end of the month "
        "who have a mobile home-care doctor (from that date or earlier).",
    },
    "indicator.fixed_contact_65.name": {"sv": "Fast vårdkontakt, 65+", "en": "Fixed care contact, 65+"},
    "indicator.fixed_contact_65.definition": {
        "sv": "Andel av patienterna 65+ inskrivna i hemsjukvården vid månadens slut som har mobil läkare "
        "och har den som fast vårdkontakt.",
        "en": "Share of home-care patients aged 65+ at the end of the month who have a mobile doctor "
        "as their fixed care contact.",
    },
    "indicator.hc_participation.name": {"sv": "Vårdcentraler som deltar", "en": "Health centres taking part"},
    "indicator.hc_participation.definition": {
        "sv": "Andel av områdets öppna vårdcentraler som deltar i mobil hemsjukvårdsläkare vid månadens slut.",
        "en": "Share of the area's open health centres taking part in the mobile-doctor scheme at the end of the month.",
    },
    "indicator.units_offering.name": {"sv": "Enheter med mobil läkare", "en": "Units offering a mobile doctor"},
    "indicator.units_offering.definition": {
        "sv": "Andel av hemsjukvårdens enheter (kommuner utan stadsdelar, och stadsdelar) med minst en öppen "
        "deltagande vårdcentral vid månadens slut.",
        "en": "Share of home-care units (municipalities without districts, and districts) with at least one "
        "open health centre taking part at the end of the month.",
    },
    "indicator.need_coverage.name": {"sv": "Nådd andel av behovet", "en": "Share of need reached"},
    "indicator.need_coverage.definition": {
        "sv": "Patienter 65+ i hemsjukvården med mobil läkare vid månadens slut, delat med den uppskattade "
        "gruppen mest sjuka och sviktande (15\u00a0% av befolkningen 65+). Indikativt.",
        "en": "Home-care patients 65+ with a mobile doctor at the end of the month, divided by the estimated "
        "most-ill and multi-failing group (15% of the population 65+). Indicative.",
    },
    "indicator.home_visits.name": {"sv": "Hembesök av mobil läkare", "en": "Mobile-doctor home visits"},
    "indicator.home_visits.definition": {
        "sv": "Antal hembesök av mobila hemsjukvårdsläkare under perioden.",
        "en": "Number of home visits by mobile home-care doctors in the period.",
    },
    "indicator.team_visit_share.name": {"sv": "Teambesök", "en": "Team visits"},
    "indicator.team_visit_share.definition": {
        "sv": "Andel av läkarens hembesök som görs tillsammans med kommunens hemsjukvårdspersonal.",
        "en": "Share of the doctor's home visits made together with municipal home-care staff.",
    },
    "indicator.acute_next_weekday.name": {"sv": "Akuta besök senast nästa vardag", "en": "Acute visits by the next weekday"},
    "indicator.acute_next_weekday.definition": {
        "sv": "Andel akuta hembesök med känt beställningsdatum som görs senast första vardagen (måndag–fredag, "
        "ej allmän helgdag) efter beställningsdagen.",
        "en": "Share of acute home visits with a known request date made no later than the first weekday "
        "(Monday–Friday, not a public holiday) after the request.",
    },
    "indicator.nsvt_enrolled.name": {"sv": "Inskrivna i närsjukvårdsteam", "en": "Enrolled in near-care teams"},
    "indicator.nsvt_enrolled.definition": {
        "sv": "Antal inskrivningar i närsjukvårdsteam som börjar under perioden.",
        "en": "Number of near-care team enrolments starting in the period.",
    },
    "indicator.nsvt_active.name": {"sv": "Aktuella i närsjukvårdsteam", "en": "Active in near-care teams"},
    "indicator.nsvt_active.definition": {
        "sv": "Antal patienter inskrivna i närsjukvårdsteam vid månadens slut.",
        "en": "Number of patients enrolled in near-care teams at the end of the month.",
    },
    "indicator.nsvt_mean_days.name": {"sv": "Medelinskrivningstid", "en": "Mean enrolment time"},
    "indicator.nsvt_mean_days.definition": {
        "sv": "Medelvärdet av inskrivningstiden (dagar) för inskrivningar som avslutas under perioden.",
        "en": "Mean enrolment time (days) of the enrolments discharged in the period.",
    },
    "indicator.nsvt_median_days_km.name": {"sv": "Median inskrivningstid (Kaplan–Meier)", "en": "Median enrolment time (Kaplan–Meier)"},
    "indicator.nsvt_median_days_km.definition": {
        "sv": "Kaplan–Meier-median av inskrivningstiden för inskrivningar som börjar under perioden; pågående "
        "räknas fram till uttagsdatumet. Saknas om kurvan aldrig når 50\u00a0%.",
        "en": "Kaplan–Meier median enrolment time of enrolments starting in the period; those still open count "
        "up to the reference date. Missing when the curve never reaches 50%.",
    },
    "indicator.nsvt_visits_per_episode.name": {"sv": "Besök per inskriven patient", "en": "Visits per enrolled patient"},
    "indicator.nsvt_visits_per_episode.definition": {
        "sv": "Hembesök av läkare och/eller sjuksköterska per inskrivning som avslutas under perioden.",
        "en": "Home visits by doctor and/or nurse per enrolment discharged in the period.",
    },
    "indicator.ed_visits.name": {"sv": "Akutbesök", "en": "ED visits"},
    "indicator.ed_visits.definition": {
        "sv": "Antal besök på akutmottagning under perioden, alla åldrar.",
        "en": "Number of emergency-department visits in the period, all ages.",
    },
    "indicator.ed_rate_80.name": {"sv": "Akutbesök per 1 000 invånare 80+", "en": "ED visits per 1,000 aged 80+"},
    "indicator.ed_rate_80.definition": {
        "sv": "Akutbesök av invånare 80 år och äldre per 1 000 invånare 80+ och månad.",
        "en": "ED visits by inhabitants aged 80+ per 1,000 inhabitants aged 80+ a month.",
    },
    "indicator.readmission_share.name": {"sv": "Återinskrivningar inom 30 dagar", "en": "Readmissions within 30 days"},
    "indicator.readmission_share.definition": {
        "sv": "Andel av inläggningarna från akutmottagningen som följs av återinskrivning inom 30 dagar.",
        "en": "Share of admissions from the emergency department followed by a readmission within 30 days.",
    },
    "indicator.ed_rate_listed.name": {"sv": "Akutbesök per 1 000 listade", "en": "ED visits per 1,000 listed"},
    "indicator.ed_rate_listed.definition": {
        "sv": "Akutbesök av en vårdcentrals listade patienter per 1 000 listade och månad.",
        "en": "ED visits by a health centre's listed patients per 1,000 listed a month.",
    },
    "events.joined": {"sv": "{name} gick med i modellen {day}.", "en": "{name} joined the scheme on {day}."},
    "events.left": {"sv": "{name} lämnade modellen {day}.", "en": "{name} left the scheme on {day}."},
    "events.team_started": {"sv": "{name} började skriva in patienter i {month}.",
                            "en": "{name} enrolled its first patients in {month}."},
    "events.decided": {"sv": "Beslut {day}: {what} (ansvarig: {owner}).",
                       "en": "Decision on {day}: {what} (owner: {owner})."},
    "spc.shift.high": {"sv": "{n} månader i rad över medelvärdet, {period}",
                       "en": "{n} months in a row above the mean, {period}"},
    "spc.shift.low": {"sv": "{n} månader i rad under medelvärdet, {period}",
                      "en": "{n} months in a row below the mean, {period}"},
    "spc.trend.high": {"sv": "{n} månader i rad stigande, {period}", "en": "{n} months rising in a row, {period}"},
    "spc.trend.low": {"sv": "{n} månader i rad sjunkande, {period}", "en": "{n} months falling in a row, {period}"},
    "spc.beyond_limits.high.one": {"sv": "Över den övre styrgränsen i {period}",
                                   "en": "Above the upper control limit in {period}"},
    "spc.beyond_limits.low.one": {"sv": "Under den nedre styrgränsen i {period}",
                                  "en": "Below the lower control limit in {period}"},
    "spc.beyond_limits.high.many": {"sv": "{n} månader över den övre styrgränsen, {period}",
                                    "en": "{n} months above the upper control limit, {period}"},
    "spc.beyond_limits.low.many": {"sv": "{n} månader under den nedre styrgränsen, {period}",
                                   "en": "{n} months below the lower control limit, {period}"},
    "spc.two_of_three.high": {"sv": "2 av 3 månader nära den övre styrgränsen, {period}",
                              "en": "2 of 3 months close to the upper control limit, {period}"},
    "spc.two_of_three.low": {"sv": "2 av 3 månader nära den nedre styrgränsen, {period}",
                             "en": "2 of 3 months close to the lower control limit, {period}"},
    "spc.long_run.high": {"sv": "Ovanligt lång serie: {n} månader i rad över medianen, {period}",
                          "en": "Unusually long run: {n} months in a row above the median, {period}"},
    "spc.long_run.low": {"sv": "Ovanligt lång serie: {n} månader i rad under medianen, {period}",
                         "en": "Unusually long run: {n} months in a row below the median, {period}"},
    "spc.few_crossings": {
        "sv": "För få korsningar av medianen ({crossings}, förväntat minst {limit})",
        "en": "Too few crossings of the median ({crossings}, at least {limit} expected)",
    },
    "spc.with_kind": {"sv": "{sentence} ({kind})", "en": "{sentence} ({kind})"},
    "spc.and_state": {"sv": "{kind}, {state}", "en": "{kind}, {state}"},
    "spc.state.ongoing": {"sv": "pågår", "en": "still holds"},
    "spc.state.ended": {"sv": "har upphört", "en": "has ended"},
    "spc.kind.improvement": {"sv": "förbättring", "en": "improvement"},
    "spc.kind.concern": {"sv": "försämring", "en": "concern"},
    "spc.variation.common_cause": {"sv": "ingen signal", "en": "no signal"},
    "spc.variation.improvement_high": {"sv": "förbättring (höga värden)", "en": "improvement (high values)"},
    "spc.variation.improvement_low": {"sv": "förbättring (låga värden)", "en": "improvement (low values)"},
    "spc.variation.concern_high": {"sv": "försämring (höga värden)", "en": "concern (high values)"},
    "spc.variation.concern_low": {"sv": "försämring (låga värden)", "en": "concern (low values)"},
    "spc.variation.neither_high": {"sv": "avvikelse (höga värden)", "en": "special cause (high values)"},
    "spc.variation.neither_low": {"sv": "avvikelse (låga värden)", "en": "special cause (low values)"},
    "spc.assurance.pass": {"sv": "målet nås alltid", "en": "the target is always met"},
    "spc.assurance.fail": {"sv": "målet nås aldrig", "en": "the target is never met"},
    "spc.assurance.hit_and_miss": {"sv": "målet nås ibland", "en": "the target is met sometimes"},
    "spc.trial": {
        "sv": "preliminära styrgränser (färre än 12 punkter)",
        "en": "trial limits (fewer than 12 points)",
    },
    "spc.control_chart": {"sv": "styrdiagram", "en": "control chart"},
    "spc.run_chart": {"sv": "seriediagram", "en": "run chart"},
    "spc.latest_variation": {"sv": "Senaste månaden: {variation}", "en": "Latest month: {variation}"},
    "spc.against_target": {"sv": "Mot målet: {assurance}", "en": "Against the target: {assurance}"},
    "spc.earlier_signals": {
        "sv": "… och {count} tidigare signaler ({period}): månad för månad i tabellen.",
        "en": "… and {count} earlier signals ({period}): month by month in the table.",
    },
    "spc.seasonal.winter": {
        "sv": "Höga värden vintertid återkommer ({years} vintrar med signal): det är årstidens mönster, inte en "
              "förändring. Jämför samma månader år mot år, som före och efter gör.",
        "en": "High values in winter recur ({years} winters with a signal): that is the season's pattern, not a "
              "change. Compare the same months year on year, as before and after does.",
    },
    "spc.seasonal.summer": {
        "sv": "Låga värden sommartid återkommer ({years} somrar med signal): det är årstidens mönster, inte en "
              "förändring.",
        "en": "Low values in summer recur ({years} summers with a signal): that is the season's pattern, not a "
              "change.",
    },
    "spc.no_signals": {
        "sv": "Inga signaler: variationen ligger inom det förväntade.",
        "en": "No signals: the variation is within what is expected.",
    },
    "chart.months_not_shown": {
        "sv": "{hidden} av {months} månader syns inte i diagrammet: dolda (<5 eller –) eller utan uppgift.",
        "en": "{hidden} of {months} months are not in the chart: hidden (<5 or –) or without data.",
    },
    "chart.month_not_shown": {
        "sv": "Månaden syns inte i diagrammet: dold (<5 eller –) eller utan uppgift.",
        "en": "The month is not in the chart: hidden (<5 or –) or without data.",
    },
    "chart.month_not_taking_part": {
        "sv": "Månaden syns inte i diagrammet: vårdcentralen deltog inte i modellen då (deltar inte) eller var stängd.",
        "en": "The month is not in the chart: the health centre did not take part in the scheme then (not taking "
        "part) or was closed.",
    },
    "chart.months_not_taking_part": {
        "sv": "{hidden} av {months} månader syns inte i diagrammet: vårdcentralen deltog inte i modellen då "
        "(deltar inte) eller var stängd.",
        "en": "{hidden} of {months} months are not in the chart: the health centre did not take part in the "
        "scheme then (not taking part) or was closed.",
    },
    "chart.months_not_shown_or_taking_part": {
        "sv": "{hidden} av {months} månader syns inte i diagrammet: under {outside} deltog vårdcentralen inte i "
        "modellen (deltar inte) eller var stängd, övriga är dolda (<5 eller –) eller utan uppgift.",
        "en": "{hidden} of {months} months are not in the chart: in {outside} the health centre did not take part "
        "in the scheme (not taking part) or was closed, the others are hidden (<5 or –) or without data.",
    },
    "spc.latest_hidden": {
        "sv": "Senaste månaden visas inte (dold eller utan uppgift): dess läge kan inte bedömas.",
        "en": "The latest month is not shown (hidden or without data): where it stands can't be judged.",
    },
    "spc.too_few_values": {
        "sv": "För få månader med ett visat värde för att bedöma variationen: minst två behövs.",
        "en": "Too few months with a shown value to judge the variation: at least two are needed.",
    },
    "spc.few_values": {
        "sv": "Inga signaler bland {n} visade månader, men minst {needed} behövs innan de säger att inget har ändrats.",
        "en": "No signals in {n} shown months, but at least {needed} are needed before that says nothing changed.",
    },
    "spc.rule.beyond_limits": {"sv": "utanför styrgränserna", "en": "beyond the control limits"},
    "spc.rule.shift": {"sv": "7 i rad på samma sida om medel", "en": "7 in a row on one side of the mean"},
    "spc.rule.trend": {"sv": "7 i rad uppåt eller nedåt", "en": "7 in a row rising or falling"},
    "spc.rule.two_of_three": {"sv": "2 av 3 nära en styrgräns", "en": "2 of 3 close to a control limit"},
    "chart.signal": {"sv": "Signal", "en": "Signal"},
    "chart.rules": {"sv": "Regel", "en": "Rule"},
}
