"""Texts of the start page (Översikt)."""

TEXTS: dict[str, dict[str, str]] = {
    "overview.tiles": {
        "sv": "Läget i {month}",
        "en": "Where we stand in {month}",
    },
    "overview.intro": {
        "sv": "Värdet för periodens sista månad, förändringen från månaden före och periodens månader. Färg "
        "har bara en signal enligt styrdiagrammets regler, i märket och i linjen: blå förbättring, orange "
        "försämring, lila avvikelse utan given riktning (eller signaler åt båda hållen); grått ingen signal "
        "eller för få månader. <5: färre än "
        "5 personer eller händelser; –: dolt för att skydda en annan siffra, eller för att ett antal bakom "
        "måttet är litet; uppgift saknas: månaden har inga data (före uppföljningen, efter en källas uttag, "
        "eller inget att räkna en andel på); deltar inte: vårdcentralen deltar inte i modellen med mobil "
        "läkare den månaden; stängd: vårdcentralen var inte öppen. Håll muspekaren över frågetecknet för definitionen och skälet.",
        "en": "The value of the period's last month, the change from the month before and the period's months. "
        "Only a signal by the control chart's rules has a colour, in the badge and the line: blue an improvement, "
        "orange a concern, purple a special cause with no direction (or signals both ways); grey no signal or "
        "too few months. <5: "
        "fewer than 5 people or events; –: hidden to protect another figure, or because a count behind the "
        "measure is small; no data: the month has none (before follow-up, after a source's extract, or "
        "nothing to take a share of); not taking part: the health centre is not in the mobile-doctor scheme "
        "that month; closed: the health centre was not open. Hover over the question mark for the definition and the reason.",
    },
    "signal.status.improvement": {"sv": "Förbättring", "en": "Improvement"},
    "signal.status.concern": {"sv": "Försämring", "en": "Concern"},
    "signal.status.neither": {"sv": "Avvikelse", "en": "Special cause"},
    "signal.status.common_cause": {"sv": "Ingen signal", "en": "No signal"},
    "signal.status.too_few": {"sv": "För få månader", "en": "Too few months"},
    "signal.status.latest_hidden": {"sv": "Senaste månaden dold", "en": "Latest month hidden"},
    "signal.ended_recently": {
        "sv": "”Vad har ändrats” nämner en signal som har upphört: {signal}.",
        "en": "“What changed” names a signal that has ended: {signal}.",
    },
    "signal.status_help": {
        "sv": "Senaste månaden enligt styrdiagrammets regler över periodens månader: {variation}.",
        "en": "The latest month by the control chart's rules over the period's months: {variation}.",
    },
    "signal.column": {"sv": "Signal", "en": "Signal"},
    "signal.change": {"sv": "{indicator}: {signal}", "en": "{indicator}: {signal}"},
    "changes.title": {"sv": "Vad har ändrats", "en": "What changed"},
    "changes.intro": {
        "sv": "Signaler enligt styrdiagrammets regler som når in i periodens tre sista månader, försämringar "
        "först. Klicka på en rad för att se indikatorns styrdiagram.",
        "en": "Signals by the control chart's rules reaching into the period's last three months, concerns "
        "first. Click a line to see the indicator's control chart.",
    },
    "changes.none": {
        "sv": "Inga signaler de tre senaste månaderna: alla indikatorer varierar inom det förväntade.",
        "en": "No signals in the last three months: every indicator varies within what is expected.",
    },
    "changes.none_unjudged": {
        "sv": "Inga signaler de tre senaste månaderna, men ingen indikator har nog många visade månader (minst 7, "
        "med den senaste) för att säga att inget har ändrats.",
        "en": "No signals in the last three months, but no indicator has enough shown months (at least 7, the "
        "latest among them) to say that nothing changed.",
    },
    "changes.none_some": {
        "sv": "Inga signaler de tre senaste månaderna. Bedömda och inom det förväntade: {judged} av {total} "
        "indikatorer; övriga har för få visade månader eller ingen visad senaste månad (dold, utan uppgift, "
        "deltar inte eller stängd).",
        "en": "No signals in the last three months. Judged and within what is expected: {judged} of {total} "
        "indicators; the others have too few shown months or no shown latest month (hidden, no data, not "
        "taking part or closed).",
    },
    "overview.development": {"sv": "Utveckling", "en": "Development"},
    "overview.indicator": {"sv": "Indikator", "en": "Indicator"},
    "overview.use_run_chart": {
        "sv": "Seriediagram med Anhøjs regler i stället för styrdiagram",
        "en": "Run chart with Anhøj's rules instead of the control chart",
    },
    "overview.rebase": {"sv": "Nya styrgränser från (förändringsdatum)", "en": "New control limits from (change dates)"},
    "overview.rebase.help": {
        "sv": "Månader då något ändrades i arbetssättet: styrdiagrammet räknar nytt medel och nya styrgränser "
        "från varje sådan månad. Seriediagrammet har inga styrgränser; välj styrdiagram för att ange datum.",
        "en": "Months when something changed in the way of working: the control chart computes a new mean and "
        "new limits from each. The run chart has no limits; choose the control chart to set dates.",
    },
    "overview.target.help": {
        "sv": "Ritas som en linje i styrdiagrammet, som säger om målet nås alltid, ibland eller aldrig med "
        "nuvarande variation. Seriediagrammet har inget mål; välj styrdiagram för att ange ett.",
        "en": "Drawn as a line in the control chart, which says whether the target is met always, sometimes or "
        "never with the present variation. The run chart has no target; choose the control chart to set one.",
    },
    "overview.rebase_none": {"sv": "Inga: samma gränser för hela perioden", "en": "None: the same limits for the whole period"},
    "overview.target.placeholder": {"sv": "t.ex. {example}", "en": "e.g. {example}"},
    "overview.target.not_a_number": {"sv": "kan inte läsas som ett tal", "en": "cannot be read as a number"},
    "overview.target.out_of_range": {"sv": "ligger utanför det möjliga", "en": "lies outside what is possible"},
    "overview.target.refused_share": {
        "sv": "”{text}” {reason}. Skriv ett tal från {low} till {high}, t.ex. {example}. Målet är oförändrat.",
        "en": "“{text}” {reason}. Type a number from {low} to {high}, e.g. {example}. The target is unchanged."},
    "overview.target.refused": {
        "sv": "”{text}” {reason}. Skriv ett tal från {low}, t.ex. {example}. Målet är oförändrat.",
        "en": "“{text}” {reason}. Type a number from {low}, e.g. {example}. The target is unchanged."},
    "overview.target.share": {"sv": "Mål i procent (valfritt)", "en": "Target in percent (optional)"},
    "overview.target.rate_per_1000": {"sv": "Mål per 1 000 (valfritt)", "en": "Target per 1,000 (optional)"},
    "overview.target.count": {"sv": "Mål, antal (valfritt)", "en": "Target, number (optional)"},
    "overview.target.mean": {"sv": "Mål, medelvärde (valfritt)", "en": "Target, mean (optional)"},
    "overview.target.mean_days": {"sv": "Mål i dagar (valfritt)", "en": "Target in days (optional)"},
    "overview.target.median_days": {"sv": "Mål i dagar (valfritt)", "en": "Target in days (optional)"},
    "section.mobile_doctor": {"sv": "Mobil hemsjukvårdsläkare", "en": "Mobile home-care doctor"},
    "section.nsvt": {"sv": "Närsjukvårdsteam", "en": "Near-care teams"},
    "section.ed": {"sv": "Akutmottagning", "en": "Emergency department"},
    "kpi.comparison": {"sv": "{area}: {value}", "en": "{area}: {value}"},
    "kpi.target": {"sv": "mål för {area}: {target}", "en": "target for {area}: {target}"},
    "kpi.target_met": {"sv": "mål för {area}: {target}, nått", "en": "target for {area}: {target}, met"},
    "kpi.target_not_met": {"sv": "mål för {area}: {target}, inte nått", "en": "target for {area}: {target}, not met"},
    "kpi.target_column": {"sv": "Mål för {area}", "en": "Target for {area}"},
    "kpi.target_met_column": {"sv": "Målet", "en": "Target"},
    "kpi.met": {"sv": "nått", "en": "met"},
    "kpi.no_target": {"sv": "inget", "en": "none"},
    "kpi.not_met": {"sv": "inte nått", "en": "not met"},
    "kpi.not_compared": {"sv": "jämförs inte", "en": "not compared"},
    "kpi.count_not_compared": {"sv": "Antal: jämförs inte med {area}", "en": "A count: not compared with {area}"},
    "kpi.sparkline": {"sv": "{name} månad för månad under perioden", "en": "{name} month by month over the period"},
    "kpi.change": {"sv": "Förändring", "en": "Change"},
    "kpi.not_taking_part": {"sv": "deltar inte", "en": "not taking part"},
    "kpi.centre_closed": {"sv": "stängd", "en": "closed"},
    "kpi.centre_closed_help": {
        "sv": "Vårdcentralen var inte öppen den här månaden: den har inga patienter och inga besök att räkna.",
        "en": "The health centre was not open this month: it has no patients and no visits to count.",
    },
    "kpi.not_taking_part_help": {
        "sv": "Vårdcentralen deltar inte i modellen med mobil hemsjukvårdsläkare den här månaden.",
        "en": "The health centre does not take part in the mobile home-care doctor scheme this month.",
    },
    "kpi.definition": {"sv": "{name}: {definition}", "en": "{name}: {definition}"},
}
