"""Every exported column is documented in reports/DATA.md, and every documented column exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reports.changes import DIFF_COLUMNS
from reports.tables import TABLE_COLUMNS

DATA_MD = Path(__file__).resolve().parents[2] / "reports" / "DATA.md"
#: DATA.md section name (first backticked word of the heading, extension dropped) → columns.
EXPORTED = {**TABLE_COLUMNS, "diff": DIFF_COLUMNS}


def documented_columns() -> dict[str, set[str]]:
    sections: dict[str, set[str]] = {}
    current: str | None = None
    for line in DATA_MD.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            names = re.findall(r"`([^`]+)`", line)
            current = names[0].split(".")[0] if names else None
            continue
        if current is None or not line.startswith("|") or line.startswith("| ---"):
            continue
        first = line.split("|")[1]
        names = re.findall(r"`([^`]+)`", first)
        if names:
            sections.setdefault(current, set()).update(names)
    return sections


@pytest.mark.parametrize("table", sorted(EXPORTED))
def test_every_exported_column_is_documented_and_vice_versa(table: str) -> None:
    documented = documented_columns()
    assert table in documented, f"DATA.md has no section for {table}"
    assert documented[table] == set(EXPORTED[table])


def test_every_documented_table_is_exported() -> None:
    assert set(documented_columns()) <= set(EXPORTED)
