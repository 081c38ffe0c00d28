"""The learning-loop page's texts (issue 13)."""

TEXTS = {
    "page.learning": {"sv": "Lärande uppföljning", "en": "Learning follow-up"},
    "learning.store_unavailable": {
        "sv": "Lärande uppföljningens databas kunde inte öppnas, så inga beslut visas i diagrammen: {error}",
        "en": "The learning follow-up's database could not be opened, so no decisions are shown on the charts: "
              "{error}",
    },
    "learning.agenda.title": {"sv": "Dagordning", "en": "Agenda"},
    "learning.agenda.subtitle": {
        "sv": "{area} · möte {month} · sedan {since}",
        "en": "{area} · meeting {month} · since {since}",
    },
    "learning.agenda.definition": {
        "sv": "Förberedd ur data: besluten vars uppföljningsdatum har kommit, måtten med en signal i styrdiagrammet "
              "sedan områdets förra möte (bedömda över två år), och måtten som rört sig åt fel håll sedan dess.",
        "en": "Prepared from the data: the decisions whose follow-up date has come, the indicators with a control-"
              "chart signal since the area's last meeting (judged over two years), and those that moved the wrong "
              "way since then.",
    },
    "learning.agenda.kind": {"sv": "Punkt", "en": "Item"},
    "learning.agenda.indicator": {"sv": "Mått", "en": "Indicator"},
    "learning.agenda.what": {"sv": "Vad", "en": "What"},
    "learning.agenda.item.due": {"sv": "Följ upp beslut", "en": "Follow up a decision"},
    "learning.agenda.item.signal": {"sv": "Signal", "en": "Signal"},
    "learning.agenda.item.against": {"sv": "Åt fel håll", "en": "The wrong way"},
    "learning.agenda.due_item": {
        "sv": "{what} (ansvarig: {owner}; följs upp {due})",
        "en": "{what} (owner: {owner}; follow-up {due})",
    },
    "learning.agenda.against_item": {
        "sv": "{indicator}: {old} i {then}, {new} i {now}: åt fel håll, men ingen signal",
        "en": "{indicator}: {old} in {then}, {new} in {now}: the wrong way, but no signal",
    },
    "learning.agenda.empty": {
        "sv": "Inget att ta upp ur data: inga beslut att följa upp, inga signaler och inget mått åt fel håll.",
        "en": "Nothing to raise from the data: no decisions to follow up, no signals and no indicator the wrong way.",
    },
    "learning.state.due": {"sv": "Att följa upp", "en": "To follow up"},
    "learning.state.open": {"sv": "Pågår", "en": "Under way"},
    "learning.state.done": {"sv": "Genomfört", "en": "Done"},
    "learning.state.not_done": {"sv": "Inte genomfört", "en": "Not done"},
    "learning.state.changed": {"sv": "Ändrat", "en": "Changed"},
    "learning.decisions.title": {"sv": "Beslut", "en": "Decisions"},
    "learning.decisions.definition": {
        "sv": "Styrgruppens beslut för området: vad, vem som äger det, vilket mått det ska påverka och hur, och när det "
              "följs upp. Beslut som ska följas upp står först. Varje beslut visas i styrdiagrammen för sitt mått och "
              "område på alla sidor.",
        "en": "The steering group's decisions for the area: what, who owns it, which indicator it should move and how, "
              "and when it is followed up. Those due come first. Each decision is shown on the control charts of its "
              "indicator and area on every page.",
    },
    "learning.decisions.none": {"sv": "Inga beslut för området ännu.", "en": "No decisions for the area yet."},
    "learning.decision.decided_on": {"sv": "Beslutat", "en": "Decided"},
    "learning.decision.what": {"sv": "Beslut", "en": "Decision"},
    "learning.decision.owner": {"sv": "Ansvarig", "en": "Owner"},
    "learning.decision.indicator": {"sv": "Mått", "en": "Indicator"},
    "learning.decision.expected": {"sv": "Förväntad effekt", "en": "Expected effect"},
    "learning.decision.due": {"sv": "Följs upp", "en": "Follow-up"},
    "learning.decision.state": {"sv": "Läge", "en": "Status"},
    "learning.observations.title": {"sv": "Observationer", "en": "Observations"},
    "learning.observations.definition": {
        "sv": "Vad styrgruppen såg i ett mått och varför den tror att det blev så. Måttets värden sparas med "
              "observationen, som de visades då.",
        "en": "What the steering group saw in an indicator and why it thinks it happened. The indicator's values are "
              "kept with the observation, as they were shown then.",
    },
    "learning.observations.none": {"sv": "Inga observationer ännu.", "en": "No observations yet."},
    "learning.observation.month": {"sv": "Månad", "en": "Month"},
    "learning.observation.indicator": {"sv": "Mått", "en": "Indicator"},
    "learning.observation.text": {"sv": "Observation", "en": "Observation"},
    "learning.observation.analysis": {"sv": "Analys (varför)", "en": "Analysis (why)"},
    "learning.observation.by": {"sv": "Av", "en": "By"},
    "learning.targets.title": {"sv": "Mål", "en": "Targets"},
    "learning.targets.definition": {
        "sv": "Områdets mål per mått, i måttets enhet, med vem som satte det och när. Startsidans rutor och "
              "styrdiagram mäter mot dem.",
        "en": "The area's target for each indicator, in its unit, with who set it and when. The start page's tiles "
              "and control charts measure against them.",
    },
    "learning.targets.none": {"sv": "Inga mål satta för området.", "en": "No targets set for the area."},
    "learning.target.indicator": {"sv": "Mått", "en": "Indicator"},
    "learning.target.value": {"sv": "Mål", "en": "Target"},
    "learning.target.by": {"sv": "Satt av", "en": "Set by"},
    "learning.target.when": {"sv": "Datum", "en": "Date"},
    "learning.history.title": {"sv": "Historik", "en": "History"},
    "learning.history.definition": {
        "sv": "Varje ändring av posten: vem, när, vad som gjordes och varje fält före och efter. Inget raderas, bara "
              "arkiveras.",
        "en": "Every change of the entry: who, when, what was done and each field before and after. Nothing is "
              "deleted, only archived.",
    },
    "learning.history.version": {"sv": "Version", "en": "Version"},
    "learning.history.action": {"sv": "Vad", "en": "What"},
    "learning.history.actor": {"sv": "Vem", "en": "Who"},
    "learning.history.at": {"sv": "När", "en": "When"},
    "learning.history.fields": {"sv": "Ändrat", "en": "Changed"},
    "learning.action.create": {"sv": "Skapad", "en": "Created"},
    "learning.action.update": {"sv": "Ändrad", "en": "Changed"},
    "learning.action.archive": {"sv": "Arkiverad", "en": "Archived"},
    "learning.action.restore": {"sv": "Återställd", "en": "Restored"},
    "learning.kind.meeting": {"sv": "Möte", "en": "Meeting"},
    "learning.kind.observation": {"sv": "Observation", "en": "Observation"},
    "learning.kind.decision": {"sv": "Beslut", "en": "Decision"},
    "learning.kind.follow_up": {"sv": "Uppföljning", "en": "Follow-up"},
    "learning.kind.target": {"sv": "Mål", "en": "Target"},
    "learning.kind.wheel_item": {"sv": "Årshjulspunkt", "en": "Wheel item"},
    "learning.wheel.heading": {"sv": "Årshjul", "en": "Annual wheel"},
    "learning.wheel.definition": {
        "sv": "Årets rytm för området: planeringsmöten, mätningar, lägesrapporter och återkoppling, månad för månad. "
              "Den skuggade kolumnen är innevarande månad.",
        "en": "The area's yearly rhythm: planning meetings, measurements, status reports and feedback, month by "
              "month. The shaded column is the current month.",
    },
    "learning.wheel.planning": {"sv": "Planering", "en": "Planning"},
    "learning.wheel.measurement": {"sv": "Mätning", "en": "Measurement"},
    "learning.wheel.status_report": {"sv": "Lägesrapport", "en": "Status report"},
    "learning.wheel.feedback": {"sv": "Återkoppling", "en": "Feedback"},
    "learning.wheel.month": {"sv": "Månad", "en": "Month"},
    "learning.wheel.kind": {"sv": "Slag", "en": "Kind"},
    "learning.wheel.title_column": {"sv": "Vad", "en": "What"},
    "learning.wheel.next": {"sv": "Nästa: {month} – {kind}: {title}", "en": "Next: {month} – {kind}: {title}"},
    "learning.wheel.none": {"sv": "Årshjulet är tomt för området.", "en": "The annual wheel is empty for the area."},
    "learning.follow_up.title": {"sv": "Uppföljning: {what}", "en": "Follow-up: {what}"},
    "learning.follow_up.better_up": {
        "sv": "Högre värden är bättre för {indicator}: en ökning är en förbättring.",
        "en": "Higher values are better for {indicator}: a rise is an improvement.",
    },
    "learning.follow_up.better_down": {
        "sv": "Lägre värden är bättre för {indicator}: en minskning är en förbättring.",
        "en": "Lower values are better for {indicator}: a fall is an improvement.",
    },
    "learning.follow_up.better_none": {
        "sv": "Måttet har ingen bättre riktning: läs förändringen mot den effekt som förväntades.",
        "en": "The indicator has no better direction: read the change against the effect expected.",
    },
    "learning.minutes.title": {"sv": "Protokoll: {title}", "en": "Minutes: {title}"},
    "learning.minutes.subtitle": {"sv": "{area} · {month} · mötet hölls {held}",
                                  "en": "{area} · {month} · held on {held}"},
    "learning.minutes.not_held": {"sv": "(inte angivet)", "en": "(not given)"},
    "learning.minutes.footer": {"sv": "{area} · datauttag {date} · källa: {source}",
                                "en": "{area} · extract of {date} · source: {source}"},
    "learning.minutes.observation": {"sv": "{indicator}, {month}: {text} Analys: {analysis}",
                                     "en": "{indicator}, {month}: {text} Analysis: {analysis}"},
    "learning.minutes.no_analysis": {"sv": "(ingen ännu)", "en": "(none yet)"},
    "learning.minutes.decision": {
        "sv": "{what}. Ansvarig: {owner}. Följs upp {due}. Mått: {indicator}. Förväntad effekt: {expected}",
        "en": "{what}. Owner: {owner}. Follow-up {due}. Indicator: {indicator}. Expected effect: {expected}",
    },
    "learning.minutes.follow_ups": {"sv": "Uppföljningar", "en": "Follow-ups"},
    "learning.minutes.follow_up": {"sv": "{what}: {outcome} ({day}). {text}", "en": "{what}: {outcome} ({day}). {text}"},
    "learning.minutes.none": {"sv": "Inga.", "en": "None."},
    "learning.intro": {
        "sv": "Från siffror till beslut och tillbaka: förbered styrgruppens möte ur data, skriv vad ni såg och varför, "
              "vad ni beslutade och vem som äger det, och följ upp om det fungerade. Inget raderas; varje ändring "
              "sparas med vem och när.",
        "en": "From figures to decisions and back: prepare the steering group's meeting from the data, record what you "
              "saw and why, what you decided and who owns it, and follow up whether it worked. Nothing is deleted; "
              "every change is kept with who and when.",
    },
    "learning.who": {"sv": "Ditt namn", "en": "Your name"},
    "learning.who_help": {
        "sv": "Sparas i historiken vid varje ändring du gör. Med inloggning kommer det från kontot.",
        "en": "Kept in the history with every change you make. With login it comes from the account.",
    },
    "learning.who_placeholder": {"sv": "t.ex. Anna Berg, styrgruppen", "en": "e.g. Anna Berg, steering group"},
    "learning.who_missing": {"sv": "Skriv ditt namn överst på sidan innan du sparar: historiken säger vem som "
                                   "ändrade vad.",
                             "en": "Type your name at the top of the page before saving: the history says who "
                                   "changed what."},
    "learning.conflict": {
        "sv": "Posten ändrades av {who} {when} medan du hade den öppen, så din ändring sparades inte. Läs den nya "
              "versionen och gör din ändring igen.",
        "en": "{who} changed the entry on {when} while you had it open, so your change was not saved. Read the new "
              "version and make your change again.",
    },
    "learning.not_found": {"sv": "Posten finns inte.", "en": "The entry does not exist."},
    "learning.problem": {"sv": "{field}: {rule}", "en": "{field}: {rule}"},
    "learning.rule.required": {"sv": "måste fyllas i", "en": "is required"},
    "learning.rule.too_long": {"sv": "högst {longest} tecken (nu {length})",
                               "en": "at most {longest} characters (now {length})"},
    "learning.rule.control_characters": {"sv": "innehåller osynliga styrtecken", "en": "holds invisible control "
                                                                                       "characters"},
    "learning.rule.personal_number": {
        "sv": "ser ut som ett personnummer (ÅÅMMDD-NNNN) och sparas inte: uppföljningen läses av hela styrgruppen "
              "och sparas för alltid, och en patient nämns aldrig i den",
        "en": "looks like a Swedish personal identity number (YYMMDD-NNNN) and is not saved: the follow-up is read by "
              "the whole steering group and kept for ever, and a patient is never named in it",
    },
    "learning.rule.not_text": {"sv": "måste vara text", "en": "must be text"},
    "learning.rule.not_a_code": {"sv": "är ingen giltig kod", "en": "is not a valid code"},
    "learning.rule.not_a_date": {"sv": "är inget giltigt datum", "en": "is not a valid date"},
    "learning.rule.date_out_of_range": {"sv": "måste ligga mellan {earliest} och {latest}",
                                        "en": "must lie between {earliest} and {latest}"},
    "learning.rule.not_a_number": {"sv": "måste vara ett tal", "en": "must be a number"},
    "learning.rule.not_a_choice": {"sv": "är inget av valen", "en": "is none of the choices"},
    "learning.rule.not_a_reference": {"sv": "pekar inte på någon post", "en": "points at no entry"},
    "learning.rule.unknown_field": {"sv": "okänt fält", "en": "unknown field"},
    "learning.rule.due_before_decision": {"sv": "kan inte ligga före beslutet", "en": "cannot be before the decision"},
    "learning.rule.refused_by_store": {
        "sv": "sparades inte: det finns redan ett mål för måttet, eller posten den hänvisar till finns inte ({error})",
        "en": "not saved: the indicator already has a target, or the entry it refers to does not exist ({error})",
    },
    "learning.field.title": {"sv": "Rubrik", "en": "Title"},
    "learning.field.month": {"sv": "Månad", "en": "Month"},
    "learning.field.held_on": {"sv": "Mötesdatum", "en": "Date held"},
    "learning.field.notes": {"sv": "Anteckningar", "en": "Notes"},
    "learning.field.indicator_id": {"sv": "Mått", "en": "Indicator"},
    "learning.field.text": {"sv": "Vad ni såg", "en": "What you saw"},
    "learning.field.analysis": {"sv": "Analys: varför", "en": "Analysis: why"},
    "learning.field.what": {"sv": "Beslut", "en": "Decision"},
    "learning.field.owner": {"sv": "Ansvarig", "en": "Owner"},
    "learning.field.decided_on": {"sv": "Beslutsdatum", "en": "Decided on"},
    "learning.field.due": {"sv": "Följs upp senast", "en": "Follow up by"},
    "learning.field.expected": {"sv": "Förväntad effekt på måttet", "en": "Effect expected on the indicator"},
    "learning.field.observation_id": {"sv": "Bygger på observationen", "en": "Based on the observation"},
    "learning.field.outcome": {"sv": "Utfall", "en": "Outcome"},
    "learning.field.follow_up_text": {"sv": "Vad som hände", "en": "What happened"},
    "learning.field.followed_on": {"sv": "Uppföljningsdatum", "en": "Followed up on"},
    "learning.field.value": {"sv": "Mål", "en": "Target"},
    "learning.field.actor": {"sv": "Ditt namn", "en": "Your name"},
    "learning.field.entry": {"sv": "Posten", "en": "The entry"},
    "learning.saved.meeting": {"sv": "Mötet ”{title}” sparades.", "en": "The meeting “{title}” was saved."},
    "learning.saved.observation": {"sv": "Observationen sparades, med måttets värden som de visas nu.",
                                   "en": "The observation was saved, with the indicator's values as shown now."},
    "learning.saved.decision": {"sv": "Beslutet sparades och visas nu i måttets styrdiagram på alla sidor.",
                                "en": "The decision was saved and is now shown on its indicator's control charts on "
                                      "every page."},
    "learning.saved.follow_up": {"sv": "Uppföljningen sparades.", "en": "The follow-up was saved."},
    "learning.saved.changed": {"sv": "Ändringen sparades.", "en": "The change was saved."},
    "learning.saved.archived": {"sv": "Posten arkiverades; den och dess historik finns kvar.",
                                "en": "The entry was archived; it and its history are kept."},
    "learning.saved.target": {"sv": "Målet sparades.", "en": "The target was saved."},
    "learning.saved.wheel_item": {"sv": "Punkten lades till i årshjulet.", "en": "The item was added to the wheel."},
    "learning.meeting_heading": {"sv": "Möte", "en": "Meeting"},
    "learning.meeting.choose": {"sv": "Möte för området", "en": "The area's meeting"},
    "learning.meeting.none": {"sv": "Området har inget möte ännu: skapa det första nedan.",
                              "en": "The area has no meeting yet: create the first below."},
    "learning.meeting.new": {"sv": "Nytt möte", "en": "New meeting"},
    "learning.meeting.default_title": {"sv": "Styrgruppsmöte", "en": "Steering group meeting"},
    "learning.meeting.create": {"sv": "Skapa mötet", "en": "Create the meeting"},
    "learning.observation.new": {"sv": "Ny observation", "en": "New observation"},
    "learning.observation.create": {"sv": "Spara observationen", "en": "Save the observation"},
    "learning.decisions_heading": {"sv": "Beslut och uppföljning", "en": "Decisions and follow-up"},
    "learning.decision.new": {"sv": "Nytt beslut", "en": "New decision"},
    "learning.decision.create": {"sv": "Spara beslutet", "en": "Save the decision"},
    "learning.decision.choose": {"sv": "Följ upp beslutet", "en": "Follow up the decision"},
    "learning.follow_up.create": {"sv": "Spara uppföljningen", "en": "Save the follow-up"},
    "learning.edit.save": {"sv": "Spara ändringen", "en": "Save the change"},
    "learning.edit.archive": {"sv": "Arkivera", "en": "Archive"},
    "learning.targets_heading": {"sv": "Mål", "en": "Targets"},
    "learning.target.typed": {"sv": "Mål (procent för andelar)", "en": "Target (percent for shares)"},
    "learning.target.save": {"sv": "Spara målet", "en": "Save the target"},
    "learning.target.refused": {"sv": "Målet ”{text}” sparades inte: skriv ett tal i måttets enhet ({unit}).",
                                "en": "The target “{text}” was not saved: type a number in the indicator's unit "
                                      "({unit})."},
    "learning.wheel_heading": {"sv": "Årshjul", "en": "Annual wheel"},
    "learning.wheel.new": {"sv": "Ny punkt i årshjulet", "en": "New item in the wheel"},
    "learning.wheel.create": {"sv": "Lägg till", "en": "Add"},
    "learning.minutes_heading": {"sv": "Protokoll", "en": "Minutes"},
    "learning.minutes.markdown": {"sv": "Protokoll som Markdown", "en": "Minutes as Markdown"},
    "learning.minutes.pdf": {"sv": "Protokoll som PDF", "en": "Minutes as PDF"},
    "learning.wheel.coming": {"sv": "Årshjulet: det som kommer", "en": "The annual wheel: what comes next"},
    "learning.wheel.item": {"sv": "{month}: {kind} – {title}", "en": "{month}: {kind} – {title}"},
}
