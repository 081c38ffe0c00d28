"""The texts of exported files, the download menu, the monthly report and meeting mode."""

TEXTS = {
    "export.unit.percent": {"sv": "%", "en": "%"},
    "export.unit.points": {"sv": "procentenheter", "en": "percentage points"},
    "export.unit.points_for_shares": {"sv": "andelar i procentenheter", "en": "shares in percentage points"},
    "export.unit.per_1000": {"sv": "per 1 000", "en": "per 1,000"},
    "export.unit.days": {"sv": "dagar", "en": "days"},
    "export.unit.number": {"sv": "antal", "en": "count"},
    "export.unit.mean": {"sv": "medelvärde", "en": "mean"},
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
    "report.title": {"sv": "Månadsrapport: Mobil närvård", "en": "Monthly report: Mobile near care"},
    "report.subtitle": {"sv": "Måtten för {period}, jämförda med {region}.",
                        "en": "The indicators for {period}, compared with {region}."},
    "report.subtitle_region": {"sv": "Måtten för {period}.", "en": "The indicators for {period}."},
    "report.scope_note": {
        "sv": "Rapporten gäller hela {area} jämfört med {region}, inte valet i Närvårdskollen som den gjordes "
              "från ({chosen}).",
        "en": "The report is of the whole of {area} compared with {region}, not the choice in Närvårdskollen it "
              "was made from ({chosen})."},
    "report.footer": {"sv": "{area} · {month} · datauttag {date} · källa: {source}",
                      "en": "{area} · {month} · extract of {date} · source: {source}"},
    "report.contents": {"sv": "Innehåll", "en": "Contents"},
    "report.link": {"sv": "Samma siffror i Närvårdskollen", "en": "The same figures in Närvårdskollen"},
    "report.state": {"sv": "Läget i {month}", "en": "Where we stand in {month}"},
    "report.state_intro": {
        "sv": "Månadens värde för varje mått, förändringen från månaden före och styrdiagrammets signal. En "
              "signal är en förändring som inte är slump; ingen signal betyder att variationen ligger inom det "
              "förväntade. <5: färre än 5; –: dolt för att skydda en annan siffra.",
        "en": "Each indicator's value in the month, the change from the month before and the control chart's "
              "signal. A signal is a change beyond chance; no signal means the variation is within what is "
              "expected. <5: fewer than 5; –: hidden to protect another figure."},
    "report.button": {"sv": "Månadsrapport för {area}, {month} (PDF)", "en": "Monthly report for {area}, {month} (PDF)"},
    "report.button_help": {
        "sv": "Läget, vad som ändrats, varje sidas huvuddiagram, öppna beslut och årshjulet för området (hela "
              "området, också när en vårdcentral är vald), de tolv månaderna fram till periodens sista, som en PDF "
              "att läsa på papper. Tar några sekunder att göra.",
        "en": "Where the area stands, what changed, each page's key chart, open decisions and the annual wheel "
              "(the whole area, also when a health centre is chosen), over the twelve months up to the period's "
              "last, as a PDF to read on paper. Takes a few seconds to make."},
    "report.changes_intro": {
        "sv": "Signaler enligt styrdiagrammets regler som når in i periodens tre sista månader, försämringar först.",
        "en": "Signals by the control chart's rules that reach into the period's last three months, concerns first."},
    "report.charts": {"sv": "Diagram per sida", "en": "A chart from each page"},
    "report.charts_intro": {
        "sv": "Varje sidas huvuddiagram för området, med definition, källa och en länk till samma vy i "
              "Närvårdskollen under diagrammet.",
        "en": "Each page's key chart for the area, with its definition, source and a link to the same view in "
              "Närvårdskollen beneath it."},
    "report.loop_intro": {
        "sv": "Styrgruppens beslut som ska följas upp, och vad som står i årshjulet härnäst.",
        "en": "The steering group's decisions still to follow up, and what comes next in the annual wheel."},
    # the day decisions are judged due at: the report's month's end; the meeting room's today
    "decisions.due_as_of": {"sv": "Beslut att följa upp per {day}", "en": "Decisions to follow up as of {day}"},
    "report.no_decisions": {"sv": "Inga öppna beslut för området.", "en": "No open decisions for the area."},
    "report.no_wheel": {"sv": "Årshjulet för området är tomt.", "en": "The area's annual wheel is empty."},
    "page.meeting_mode": {"sv": "Mötesläge", "en": "Meeting mode"},
    "meeting_mode.position": {"sv": "{n} av {of}", "en": "{n} of {of}"},
    "meeting_mode.previous": {"sv": "Föregående", "en": "Previous"},
    "meeting_mode.next": {"sv": "Nästa", "en": "Next"},
    "meeting_mode.keys": {"sv": "Piltangenterna ← → bläddrar.", "en": "The arrow keys ← → step through."},
    "meeting_mode.leave": {"sv": "Lämna mötesläget", "en": "Leave meeting mode"},
    "meeting_mode.open": {"sv": "Mötesläge för storskärm", "en": "Meeting mode for the big screen"},
    "meeting_mode.choose": {"sv": "Mått", "en": "Indicator"},
    "meeting_mode.due_definition": {
        "sv": "Områdets beslut vars uppföljningsdatum har kommit och som inte följts upp, beslut om det här måttet först.",
        "en": "The area's decisions whose follow-up date has come and that have not been followed up, those on this "
              "indicator first."},
    "meeting_mode.due_item": {"sv": "{what} ({indicator}; ansvarig: {owner}; följs upp {due})",
                              "en": "{what} ({indicator}; owner: {owner}; follow-up {due})"},
    "meeting_mode.none_due": {"sv": "Inga beslut att följa upp.", "en": "No decisions to follow up."},
}
