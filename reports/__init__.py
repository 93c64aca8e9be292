"""Reports: ``results.csv``, ``summary.csv``, ``results.json``, ``index.html`` and one scorecard per
authority, rendered from the stored results alone (no network, no crawler).

    write_reports(out_dir, run, results, checks, diff=None) -> Path of index.html
    changes_since_previous(store, run_id) -> RunDiff | None   (what changed since the last run)

Modules: ``rows`` (results lined up with checks), ``scoring`` (points, weights, headline
fractions, methodology version), ``exports`` (CSV and JSON), ``html`` (league table,
scorecards, methodology page), ``charts`` (geometry of the inline SVG charts), ``safety``
(escaping, URL and file-name rules, CSV formula-injection guard), ``atomic`` (temp file +
``os.replace``); history: ``history`` (runs read back from the store, which run is "previous"),
``diff`` (changes and their causes, pure), ``changes`` (``diff.csv``, ``diff.html``); ``tables``
(``localoffer export``: results, evidence, summary and pages as CSV, JSON or Parquet);
``publish`` (``--keep-history``: one directory per run and a ``latest`` pointer).
``DATA.md`` is the data dictionary of every export.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from auditor.model import AuthorityResult, RunInfo
from checks.base import Check
from reports.atomic import remove_stale_temporaries
from reports.changes import change_lines, changes_since_previous, remove_stale_diff, write_diff
from reports.diff import RunDiff, summary_lines
from reports.diff import headline as diff_headline
from reports.exports import RESULTS_COLUMNS, SUMMARY_COLUMNS, write_exports
from reports.html import AUTHORITIES_DIR, ChangesLink, write_html
from reports.scoring import Score, headline, headline_long, methodology_version, score_rows
from reports.views import AuthorityView, build_views

__all__ = [
    "RESULTS_COLUMNS",
    "SUMMARY_COLUMNS",
    "AuthorityView",
    "RunDiff",
    "Score",
    "build_views",
    "change_lines",
    "changes_since_previous",
    "headline",
    "headline_long",
    "methodology_version",
    "score_rows",
    "summary_lines",
    "write_reports",
]


def write_reports(
    out_dir: Path,
    run: RunInfo,
    results: Sequence[AuthorityResult],
    checks: Sequence[Check],
    *,
    diff: RunDiff | None = None,
) -> Path:
    """Writes every report into ``out_dir`` (each file atomically) and returns the path of ``index.html``.

    ``results`` are in registry order; rows follow the order of ``checks``. The exports are
    written first and ``index.html`` last, so a complete index means a complete report. With
    ``diff`` (this run against an earlier one) ``diff.csv`` and ``diff.html`` are written too and
    linked from the index; without it an older run's ``diff.*`` are removed.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for directory in (out_dir, out_dir / AUTHORITIES_DIR):
        remove_stale_temporaries(directory)  # left by an audit killed while writing its reports
    views = build_views(results, checks)
    write_exports(out_dir, run, views, checks)
    changes = None
    if diff is None:
        remove_stale_diff(out_dir)
    else:
        write_diff(out_dir, diff, run, titles={c.id: c.title for c in checks})
        changes = ChangesLink(diff.run_a, diff_headline(diff))
    return write_html(out_dir, run, views, checks, changes=changes)
