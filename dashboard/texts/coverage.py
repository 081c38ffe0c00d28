"""Texts of the coverage page (Täckning): its panels, the centre table and the need."""

TEXTS: dict[str, dict[str, str]] = {
    "ownership.public": {"sv": "offentlig", "en": "public"},
    "ownership.private": {"sv": "privat", "en": "private"},
    "coverage.intro": {
        "sv": "Vem får mobil läkare, och vem får det inte: per kommun, stadsdel och vårdcentral, mot behovet.",
        "en": "Who gets a mobile doctor, and who does not: by municipality, district and health centre, against need.",
    },
    "coverage.indicator": {"sv": "Visa", "en": "Show"},
    "coverage.map": {"sv": "Karta", "en": "Map"},
    "coverage.map_help": {
        "sv": "Klicka på en kommun eller stadsdel för att välja den.",
        "en": "Click a municipality or district to choose it.",
    },
    "coverage.map_subtitle": {"sv": "Kommuner och Göteborgs stadsdelar · {month}", "en": "Municipalities and Göteborg's districts · {month}"},
    "coverage.ranking": {"sv": "Rangordning", "en": "Ranking"},
    "coverage.ranking_subtitle": {"sv": "{month} · streckad linje: {reference}", "en": "{month} · dashed line: {reference}"},
    "coverage.funnel": {"sv": "Trattdiagram", "en": "Funnel plot"},
    "coverage.funnel_subtitle": {
        "sv": "Andel mot antal patienter · gränser (95\u00a0% och 99,8\u00a0%) kring {reference} · inom dem är skillnaden slump",
        "en": "Share against number of patients · limits (95% and 99.8%) around {reference} · within them the difference "
        "is chance",
    },
    "coverage.no_funnel": {
        "sv": "Trattdiagrammet visas för andelar av räknade personer eller vårdcentraler, när regionens värde "
        "ligger mellan 0 och 100\u00a0%.",
        "en": "The funnel plot is shown for shares of counted people or health centres, when the region's value "
        "lies between 0 and 100%.",
    },
    "coverage.funnel_x": {"sv": "Antal (nämnare)", "en": "Number (denominator)"},
    "coverage.limit_95": {"sv": "95\u00a0%", "en": "95%"},
    "coverage.limit_998": {"sv": "99,8\u00a0%", "en": "99.8%"},
    "coverage.funnel_position": {"sv": "Läge mot gränserna", "en": "Against the limits"},
    "coverage.position.inside": {"sv": "inom gränserna", "en": "within the limits"},
    "coverage.position.above_95": {"sv": "över 95\u00a0%-gränsen", "en": "above the 95% limit"},
    "coverage.position.above_998": {"sv": "över 99,8\u00a0%-gränsen", "en": "above the 99.8% limit"},
    "coverage.position.below_95": {"sv": "under 95\u00a0%-gränsen", "en": "below the 95% limit"},
    "coverage.position.below_998": {"sv": "under 99,8\u00a0%-gränsen", "en": "below the 99.8% limit"},
    "coverage.trend": {"sv": "Utveckling", "en": "Development"},
    "coverage.equal_care": {"sv": "Jämlik vård", "en": "Equal care"},
    "coverage.lowest": {"sv": "Lägst", "en": "Lowest"},
    "coverage.highest": {"sv": "Högst", "en": "Highest"},
    "coverage.lowest_value": {"sv": "Lägsta värde", "en": "Lowest value"},
    "coverage.highest_value": {"sv": "Högsta värde", "en": "Highest value"},
    "coverage.ratio": {"sv": "Kvot högst/lägst", "en": "Ratio highest/lowest"},
    "coverage.ratio_before": {"sv": "vid periodens början: {ratio}", "en": "at the start of the period: {ratio}"},
    "coverage.spread_caption": {
        "sv": "Spridningen mellan {units} enheter på samma nivå ({month}); dolda värden räknas inte.",
        "en": "The spread between {units} units of the same level ({month}); hidden values do not count.",
    },
    "coverage.no_spread": {"sv": "För få enheter med synliga värden för att visa spridningen.", "en": "Too few units with visible values to show the spread."},
    "coverage.listing": {"sv": "Listningseffekten", "en": "The listing effect"},
    "coverage.listing_patients": {"sv": "Hemsjukvårdspatienter 65+", "en": "Home-care patients 65+"},
    "coverage.listing_share": {"sv": "Listade utanför modellen", "en": "Listed outside the scheme"},
    "coverage.listing_outside": {"sv": "Patienter listade utanför", "en": "Patients listed outside"},
    "coverage.listing_without": {"sv": "varav utan mobil läkare", "en": "of whom without a mobile doctor"},
    "coverage.listing_caption": {
        "sv": "Hemsjukvårdens patienter 65+ i {area} vid utgången av {month} som är listade på vårdcentraler som "
        "inte deltar i mobil hemsjukvårdsläkare, av {patients} patienter.",
        "en": "Home-care patients 65+ in {area} at the end of {month} listed at health centres that do not take "
        "part in the mobile-doctor scheme, of {patients} patients.",
    },
    "coverage.centres": {"sv": "Vårdcentraler i {area}", "en": "Health centres in {area}"},
    "coverage.centres_caption": {
        "sv": "Patienter och andelar vid utgången av {month}; hembesök och teambesök under perioden. En "
        "vårdcentral räknar de patienter som är listade hos den, var de än bor; områdets siffror ovan räknar "
        "patienterna där de bor. Summorna skiljer sig därför. Deltar inte: vårdcentralen deltog inte i modellen "
        "(vid månadens slut för patienterna med läkare, under ingen av periodens månader för besöken); ett tomt "
        "Deltog till: den deltar fortfarande.",
        "en": "Patients and shares at the end of {month}; home visits and team visits in the period. A health "
        "centre counts the patients listed with it, wherever they live; the area's figures above count patients "
        "where they live. The sums therefore differ. Not taking part: the centre was not in the scheme (at the "
        "month's end for the patients with a doctor, in none of the period's months for the visits); an empty "
        "Took part until: it still takes part.",
    },
    "coverage.sort": {"sv": "Sortera efter", "en": "Sort by"},
    "coverage.no_centres": {"sv": "Inga vårdcentraler ligger i området.", "en": "No health centres lie in the area."},
    "coverage.need": {"sv": "Behov", "en": "Need"},
    "coverage.need_caption": {
        "sv": "Indikativt, efter fallstudien från Umeå (2021): andelar av befolkningen 65+ ({population} invånare) "
        "och en läkare per {per_doctor} patienter. Andelarna är inställningar.",
        "en": "Indicative, after the Umeå case study (2021): shares of the population 65+ ({population} inhabitants) "
        "and one doctor per {per_doctor} patients. The shares are settings.",
    },
    "coverage.need_basis": {
        "sv": "Indikativt, efter fallstudien från Umeå (2021): andelar av befolkningen 65+ och patienter per läkare "
        "är inställningar.",
        "en": "Indicative, after the Umeå case study (2021): the shares of the population 65+ and the patients per "
        "doctor are settings.",
    },
    "coverage.no_population": {"sv": "Befolkningen för området saknas i uttaget.", "en": "The area's population is missing from the extract."},
    "need.most_ill": {"sv": "Mest sjuka", "en": "Most ill"},
    "need.most_ill.help": {"sv": "Kroniskt instabila: den andel av invånarna 65+ som fallstudien bedömer som mest sjuka.",
                           "en": "Chronically unstable: the share of inhabitants 65+ the case study counts as most ill."},
    "need.multi_failing": {"sv": "Multisviktande", "en": "Multi-failing"},
    "need.multi_failing.help": {"sv": "Periodvis instabila, utöver de mest sjuka.",
                                "en": "Periodically unstable, beyond the most ill."},
    "need.frail": {"sv": "Sköra", "en": "Frail"},
    "need.frail.help": {"sv": "Sköra, utöver de mest sjuka och de multisviktande.",
                        "en": "Frail, beyond the most ill and the multi-failing."},
    "need.population_65": {"sv": "Invånare 65+", "en": "Inhabitants 65+"},
    "need.reached": {"sv": "Nådda patienter", "en": "Patients reached"},
    "need.reached.help": {"sv": "Hemsjukvårdens patienter 65+ med mobil läkare vid månadens slut.",
                          "en": "Home-care patients aged 65+ with a mobile doctor at the end of the month."},
    "need.share_reached": {"sv": "av de mest sjuka och multisviktande", "en": "of the most ill and multi-failing"},
    "need.doctors_needed": {"sv": "Läkare som behövs", "en": "Doctors needed"},
    "need.doctors_for_reached": {"sv": "för de nådda", "en": "for those reached"},
    "need.share_reached_label": {"sv": "Andel nådda", "en": "Share reached"},
    "need.doctors_for_reached_label": {"sv": "Läkare för de nådda", "en": "Doctors for those reached"},
    "centre.name": {"sv": "Vårdcentral", "en": "Health centre"},
    "centre.ownership": {"sv": "Driftform", "en": "Ownership"},
    "centre.since": {"sv": "Deltar sedan", "en": "Taking part since"},
    "centre.until": {"sv": "Deltog till", "en": "Took part until"},
    "centre.patients_65": {"sv": "Listade patienter 65+ med hemsjukvård", "en": "Listed patients 65+ in home care"},
    "centre.with_doctor": {"sv": "varav med mobil läkare", "en": "of whom with a mobile doctor"},
    "centre.fixed_contact": {"sv": "Fast vårdkontakt", "en": "Fixed care contact"},
    "centre.home_visits": {"sv": "Hembesök", "en": "Home visits"},
    "centre.team_visits": {"sv": "Teambesök", "en": "Team visits"},
}
