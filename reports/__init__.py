"""Reports: ``results.csv``, ``summary.csv``, ``results.json``, ``index.html`` and one scorecard per
authority, rendered from the stored results alone (no network, no crawler).

    write_reports(out_dir, run, results, checks) -> Path of index.html

Modules: ``rows`` (results lined up with checks), ``scoring`` (points, weights, headline
fractions, methodology version), ``exports`` (CSV and JSON), ``html`` (league table and
scorecards), ``safety`` (escaping, URL and file-name rules, CSV formula-injection guard),
``atomic`` (temp file + ``os.replace``). ``DATA.md`` is the data dictionary of the exports.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from auditor.model import AuthorityResult, RunInfo
from checks.base import Check
from reports.exports import RESULTS_COLUMNS, SUMMARY_COLUMNS, write_exports
from reports.html import write_html
from reports.scoring import Score, headline, headline_long, methodology_version, score_rows
from reports.views import AuthorityView, build_views

__all__ = [
    "RESULTS_COLUMNS",
    "SUMMARY_COLUMNS",
    "AuthorityView",
    "Score",
    "build_views",
    "headline",
    "headline_long",
    "methodology_version",
    "score_rows",
    "write_reports",
]


def write_reports(out_dir: Path, run: RunInfo, results: Sequence[AuthorityResult], checks: Sequence[Check]) -> Path:
    """Writes every report into ``out_dir`` (each file atomically) and returns the path of ``index.html``.

    ``results`` are in registry order; rows follow the order of ``checks``. The exports are
    written first and ``index.html`` last, so a complete index means a complete report.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    views = build_views(results, checks)
    write_exports(out_dir, run, views, checks)
    return write_html(out_dir, run, views, checks)
