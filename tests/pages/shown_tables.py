"""A page's tables as a reader sees them: `st.table` reads its cells as Markdown, so the renderer
escapes every character Markdown would act on (`\\<5`, `Majorna\\-Linné`); here the escapes go again."""

from __future__ import annotations

import re

from streamlit.testing.v1 import AppTest

_ESCAPE = re.compile(r"\\(.)")


def unescaped(text: str) -> str:
    return _ESCAPE.sub(r"\1", text)


def tables(app: AppTest) -> list:
    """Every table on the page, in order, as pandas frames of the text shown."""
    frames = []
    for element in app.table:
        frame = element.value.map(unescaped)
        frame.columns = [unescaped(c) for c in frame.columns]
        frames.append(frame)
    return frames
