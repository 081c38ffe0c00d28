"""The texts of exported files, the download menu, the monthly report and meeting mode."""

TEXTS = {
    "export.unit.percent": {"sv": "%", "en": "%"},
    "export.unit.points": {"sv": "procentenheter", "en": "percentage points"},
    "export.unit.per_1000": {"sv": "per 1 000", "en": "per 1,000"},
    "export.unit.days": {"sv": "dagar", "en": "days"},
    "export.unit.number": {"sv": "antal eller tal", "en": "count or number"},
    "export.unit.column": {"sv": "Enhet", "en": "Unit"},
    "export.sheet.table": {"sv": "Tabell", "en": "Table"},
    "export.sheet.about": {"sv": "Om siffrorna", "en": "About the numbers"},
    "export.source_line": {"sv": "Källa: {source}, datauttag {date}", "en": "Source: {source}, extract of {date}"},
    "export.about.title": {"sv": "Vad", "en": "What"},
    "export.about.where": {"sv": "Var och när", "en": "Where and when"},
    "export.about.definition": {"sv": "Definition", "en": "Definition"},
    "export.about.source": {"sv": "Källa", "en": "Source"},
    "export.about.extract": {"sv": "Datauttag", "en": "Extract"},
    "export.about.link": {"sv": "Länk till vyn", "en": "Link to the view"},
    "export.made": {"sv": "Närvårdskollen · {url}", "en": "Närvårdskollen · {url}"},
    "export.menu": {"sv": "Ladda ner", "en": "Download"},
    "export.menu_help": {"sv": "Diagrammet som bild (PNG för utskrift, SVG, PDF) och tabellen som CSV eller Excel, "
                                "med rubrik, område, period, definition, källa, datauttag och länk",
                          "en": "The chart as an image (PNG for print, SVG, PDF) and the table as CSV or Excel, with "
                                "title, area, period, definition, source, extract date and link"},
    "export.png": {"sv": "Bild för utskrift (PNG)", "en": "Image for print (PNG)"},
    "export.svg": {"sv": "Vektorbild (SVG)", "en": "Vector image (SVG)"},
    "export.pdf": {"sv": "PDF", "en": "PDF"},
    "export.csv": {"sv": "Tabell som CSV", "en": "Table as CSV"},
    "export.xlsx": {"sv": "Tabell som Excel (XLSX)", "en": "Table as Excel (XLSX)"},
}
