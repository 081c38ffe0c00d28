"""Texts of the start page (Översikt)."""

TEXTS: dict[str, dict[str, str]] = {
    "overview.tiles": {
        "sv": "Läget i {month}",
        "en": "Where we stand in {month}",
    },
    "overview.intro": {
        "sv": "Värdet för periodens sista månad, förändringen från månaden före och periodens månader. "
        "Håll muspekaren över frågetecknet för definitionen.",
        "en": "The value of the period's last month, the change from the month before and the period's months. "
        "Hover over the question mark for the definition.",
    },
    "overview.development": {"sv": "Utveckling", "en": "Development"},
    "overview.indicator": {"sv": "Indikator", "en": "Indicator"},
    "overview.use_run_chart": {
        "sv": "Seriediagram med Anhøjs regler i stället för styrdiagram",
        "en": "Run chart with Anhøj's rules instead of the control chart",
    },
    "overview.rebase": {"sv": "Nya styrgränser från (förändringsdatum)", "en": "New process limits from (change dates)"},
    "overview.rebase_none": {"sv": "Inga: samma gränser för hela perioden", "en": "None: the same limits for the whole period"},
    "overview.target": {"sv": "Mål (valfritt; andelar i procent)", "en": "Target (optional; shares in percent)"},
    "section.mobile_doctor": {"sv": "Mobil hemsjukvårdsläkare", "en": "Mobile home-care doctor"},
    "section.nsvt": {"sv": "Närsjukvårdsteam", "en": "Near-care teams"},
    "section.ed": {"sv": "Akutmottagning", "en": "Emergency department"},
    "kpi.comparison": {"sv": "{area}: {value}", "en": "{area}: {value}"},
    "kpi.change": {"sv": "Förändring", "en": "Change"},
    "kpi.definition": {"sv": "{name}: {definition}", "en": "{name}: {definition}"},
}
