"""The package's layers as docs/architecture.md draws them: a module imports only from its own layer
or those before it (data → metrics → charts → figures → exports → ui), and only the ui (with the server's
entry point and the pages) imports Streamlit. A figure builder that drew on Streamlit could not be
exported or printed; a data module that read a figure would turn the flow around."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from dashboard.settings import ROOT

LAYERS = ("data", "metrics", "charts", "figures", "exports", "ui")
#: the calendar (a period's months, working days) imports nothing of the package, and the data layer
#: reads it for its questions' periods and the SQL's table of next working days
CALENDAR = {"dashboard.metrics.periods", "dashboard.metrics.workdays"}
#: where Streamlit may be imported: the ui, the server's entry point, the app and its pages
STREAMLIT = {"dashboard/ui", "dashboard/serve.py", "app.py", "pages"}


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def python_files() -> list[Path]:
    return sorted([*(ROOT / "dashboard").rglob("*.py"), *(ROOT / "pages").glob("*.py"), ROOT / "app.py"])


@pytest.mark.parametrize("layer", LAYERS)
def test_a_layer_imports_only_the_layers_before_it(layer):
    later = LAYERS[LAYERS.index(layer) + 1:]
    calendar = layer == "data"
    wrong = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in (ROOT / "dashboard" / layer).rglob("*.py")
        for name in imported(path)
        if any(name.startswith(f"dashboard.{up}.") for up in later)
        and not (calendar and (name in CALENDAR or name.rsplit(".", 1)[0] in CALENDAR))
    }
    assert not wrong


def test_the_calendar_imports_nothing_of_the_package():
    for module in CALENDAR:
        path = ROOT / (module.replace(".", "/") + ".py")
        assert not {name for name in imported(path) if name.startswith("dashboard")}, module


def test_only_the_ui_imports_streamlit():
    wrong = [str(path.relative_to(ROOT)) for path in python_files()
             if any(name.split(".")[0] == "streamlit" for name in imported(path))
             and not any(str(path.relative_to(ROOT)).startswith(place) for place in STREAMLIT)]
    assert not wrong
    assert any("streamlit" in imported(path) for path in (ROOT / "dashboard" / "ui").glob("*.py"))
