"""Every file the reports write goes through ``reports.atomic`` (temp file, fsync, ``os.replace``),
so a kill never leaves half a report: no other write call exists in ``reports/``."""

from __future__ import annotations

import re
from pathlib import Path

REPORTS = Path(__file__).resolve().parents[2] / "reports"
#: Direct ways to write a file; ``to_parquet`` is allowed into an in-memory buffer only.
WRITES = re.compile(r"\bopen\(|\.write_text\(|\.write_bytes\(|\.to_csv\(|\.to_json\(|\.to_parquet\((?!buffer)|\.dump\(")


def test_reports_write_files_only_through_atomic() -> None:
    offenders = []
    for path in sorted(REPORTS.glob("*.py")):
        if path.name == "atomic.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if WRITES.search(line) and not line.lstrip().startswith("#"):
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert not offenders, offenders
