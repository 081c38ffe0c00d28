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
}
