"""The code passes its linters, so a style slip fails here and not in review."""

from __future__ import annotations

import subprocess
import sys

from dashboard.settings import ROOT


def test_sql_is_clean():
    """`sqlfluff lint sql` with the repository's .sqlfluff (DuckDB dialect, `$name` parameters)."""
    run = subprocess.run([sys.executable, "-m", "sqlfluff", "lint", "sql"], cwd=ROOT, capture_output=True, text=True,
                         check=False)
    assert run.returncode == 0, f"sqlfluff lint sql found violations:\n{run.stdout}{run.stderr}"


def test_python_is_clean():
    """`ruff check` with the repository's ruff.toml, over every Python file."""
    run = subprocess.run([sys.executable, "-m", "ruff", "check", "--output-format", "concise", "."], cwd=ROOT,
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, f"ruff found problems:\n{run.stdout}{run.stderr}"


def test_the_stylesheet_holds_no_angle_bracket():
    """st.html's sanitiser reads `<` in a style as the start of a tag and drops every rule after it,
    silently: a comment saying "<5" once switched off the rules below it."""
    assert "<" not in (ROOT / "dashboard" / "ui" / "style.css").read_text(encoding="utf-8")
