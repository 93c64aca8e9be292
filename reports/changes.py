"""``diff.csv`` and ``diff.html``: what changed between two runs, read from the run store.

    compare(store, run_a, run_b) -> RunDiff             (explicit runs: every authority of either)
    changes_since_previous(store, run_id) -> RunDiff | None   (what an audit prints at its end)
    write_diff(out_dir, diff, run) -> (diff.csv, diff.html)

``diff.csv`` has every authority × check (unchanged rows too, so it joins with ``results.csv``);
``diff.html`` lists only the changes, lost duties first. Scraped quotes and URLs go through the
same escaping, ``safe_href`` and CSV formula guard as every other report.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from auditor.model import RunInfo, Status
from auditor.store import Store
from reports.atomic import atomic_write_text
from reports.diff import CAUSES, CHANGES, DiffRow, RunDiff, diff_runs, headline, summary_lines
from reports.exports import csv_text
from reports.history import previous_run, snapshot
from reports.html import Assets, make_environment

DIFF_COLUMNS = (
    "run_a", "run_b", "authority_code", "authority_name", "check_id", "status_a", "status_b", "change", "cause",
    "detail", "check_version_a", "check_version_b", "evidence_url_a", "evidence_url_b", "evidence_quote_a",
    "evidence_quote_b", "body_hash_a", "body_hash_b",
)  # fmt: skip
DIFF_FILES = ("diff.csv", "diff.html")


def compare(store: Store, run_a: str, run_b: str) -> RunDiff:
    return diff_runs(snapshot(store, run_a), snapshot(store, run_b))


def changes_since_previous(store: Store, run_id: str) -> RunDiff | None:
    """``run_id`` against the previous run of the same authorities (only this run's authorities)."""
    previous = previous_run(store, run_id)
    if previous is None:
        return None
    return diff_runs(snapshot(store, previous), snapshot(store, run_id), only_common=True)


def diff_records(diff: RunDiff) -> list[tuple[object, ...]]:
    records: list[tuple[object, ...]] = []
    for r in diff.rows:
        ea, eb = r.evidence_a, r.evidence_b
        records.append(
            (
                diff.run_a,
                diff.run_b,
                r.authority_code,
                r.authority_name,
                r.check_id,
                r.status_a,
                r.status_b,
                r.change,
                r.cause,
                r.detail,
                r.version_a,
                r.version_b,
                ea.url if ea else "",
                eb.url if eb else "",
                ea.quote if ea else "",
                eb.quote if eb else "",
                ea.body_hash if ea else "",
                eb.body_hash if eb else "",
            )  # fmt: skip
        )
    return records


def _sorted_changes(diff: RunDiff) -> list[DiffRow]:
    return sorted(diff.changed_rows, key=lambda r: (CHANGES.index(r.change), r.authority_name.casefold()))


def write_diff(
    out_dir: Path, diff: RunDiff, run: RunInfo, *, titles: Mapping[str, str] | None = None
) -> tuple[Path, Path]:
    """Writes ``diff.csv`` and ``diff.html`` into ``out_dir`` atomically; ``run`` is run B and
    ``titles`` (check id → title) names the duties in ``diff.html``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    csv_path = atomic_write_text(out_dir / "diff.csv", csv_text(DIFF_COLUMNS, diff_records(diff)), newline="")
    env = make_environment()
    html = env.get_template("diff.html").render(
        run=run,
        method=run.methodology_version,
        assets=Assets.load(),
        root="",
        diff=diff,
        rows=_sorted_changes(diff),
        counts=diff.counts(),
        causes=diff.causes(),
        CHANGES=CHANGES,
        CAUSES=CAUSES,
        Status=Status,
        titles=dict(titles or {}),
        summary=headline(diff),
    )
    return csv_path, atomic_write_text(out_dir / "diff.html", html)


def remove_stale_diff(out_dir: Path) -> None:
    """Removes an older run's ``diff.*`` so a report never shows changes it did not compute."""
    for name in DIFF_FILES:
        (out_dir / name).unlink(missing_ok=True)


def change_lines(diff: RunDiff | None) -> tuple[str, ...]:
    """The short summary an audit prints at its end, of what ``changes_since_previous`` found."""
    if diff is None:
        return ("no earlier run of these authorities to compare with",)
    return (*summary_lines(diff), "details: diff.html and diff.csv beside the reports")
