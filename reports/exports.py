"""The machine-readable outputs: ``results.csv``, ``summary.csv`` and ``results.json``.

The CSV columns are a public contract (``docs/checks.md``; described column by column in
``reports/DATA.md``): researchers join runs across years by them, so they are never renamed
or reordered. Every text cell goes through ``safety.csv_cell`` (formula-injection guard);
``results.json`` holds the values exactly as stored.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from auditor.model import Coverage, Evidence, RunInfo, Status
from checks.base import Check
from reports.atomic import atomic_write_text
from reports.rows import Row
from reports.safety import csv_cell
from reports.scoring import format_number, methodology_version
from reports.views import AuthorityView

RESULTS_COLUMNS = (
    "run_id", "authority_code", "authority_name", "check_id", "status", "strength", "legal_ref",
    "evidence_url", "evidence_quote", "pages_crawled", "checked_at", "checks_version",
)  # fmt: skip
SUMMARY_COLUMNS = (
    "run_id", "authority_code", "authority_name", "region", "score", "score_max", "score_fraction",
    "evidenced", "partial", "not_evidenced", "not_applicable", "could_not_check", "pages_crawled",
    "crawl_status", "errors", "methodology_version",
)  # fmt: skip
JSON_FORMAT = "localoffer-results"
JSON_FORMAT_VERSION = 1


def csv_text(columns: Sequence[str], records: Iterable[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow([csv_cell(v) for v in record])
    return buffer.getvalue()


def results_records(run: RunInfo, views: Sequence[AuthorityView]) -> list[tuple[object, ...]]:
    records: list[tuple[object, ...]] = []
    for view in views:
        authority = view.result.authority
        for row in view.rows:
            best = row.result.evidence[0] if row.result.evidence else None
            records.append(
                (
                    run.run_id,
                    authority.code,
                    authority.name,
                    row.check.id,
                    row.status.value,
                    row.check.strength.value if row.registered else "",
                    row.check.legal_ref,
                    best.url if best else "",
                    best.quote if best else "",
                    view.pages_crawled,
                    view.result.checked_at,
                    row.check.version,
                )
            )
    return records


def error_reasons(rows: Iterable[Row]) -> str:
    """The distinct reason codes of ``error`` rows ("insufficient_coverage; check_crashed")."""
    codes: list[str] = []
    for row in rows:
        if row.status is Status.ERROR:
            code = (row.result.reason or "error").split(":", 1)[0].strip() or "error"
            if code not in codes:
                codes.append(code)
    return "; ".join(codes)


def summary_records(run: RunInfo, views: Sequence[AuthorityView], method: str) -> list[tuple[object, ...]]:
    records: list[tuple[object, ...]] = []
    for view in views:
        authority, score = view.result.authority, view.score
        fraction = score.fraction
        records.append(
            (
                run.run_id,
                authority.code,
                authority.name,
                authority.region,
                format_number(score.score),
                format_number(score.score_max),
                "" if fraction is None else f"{fraction:.4f}",
                score.evidenced,
                score.partial,
                score.not_evidenced,
                score.not_applicable,
                score.could_not_check,
                view.pages_crawled,
                view.result.coverage.crawl_status,
                error_reasons(view.rows),
                method,
            )
        )
    return records


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def _plain(record: Evidence | Coverage) -> dict[str, Any]:
    """A model record as JSON-ready values: every field, tuples as lists (keys sorted on output)."""
    return {key: list(value) if isinstance(value, tuple) else value for key, value in asdict(record).items()}


def evidence_json(item: Evidence) -> dict[str, Any]:
    return _plain(item)


def coverage_json(coverage: Coverage) -> dict[str, Any]:
    # Every Coverage field, so a figure added to the model can never be left out of results.json.
    return _plain(coverage)


def check_json(check: Check) -> dict[str, Any]:
    return {
        "id": check.id,
        "version": check.version,
        "source": check.source,
        "title": check.title,
        "strength": check.strength.value,
        "weight": _finite(float(check.weight)),
        "legal_ref": check.legal_ref,
        "theme": check.theme,
        "kind": check.kind,
    }


def _authority_json(view: AuthorityView) -> dict[str, Any]:
    authority, score = view.result.authority, view.score
    return {
        "code": authority.code,
        "name": authority.name,
        "region": authority.region,
        "local_offer_url": authority.local_offer_url,
        "extra": {k: v for k, v in authority.extra},
        "checked_at": view.result.checked_at,
        "pages_crawled": view.pages_crawled,
        "notes": list(view.result.notes),
        "coverage": coverage_json(view.result.coverage),
        "score": {
            "score": score.score,
            "score_max": score.score_max,
            "score_fraction": score.fraction,
            "evidenced": score.evidenced,
            "partial": score.partial,
            "not_evidenced": score.not_evidenced,
            "not_applicable": score.not_applicable,
            "could_not_check": score.could_not_check,
        },
        "results": [
            {
                "check_id": row.check.id,
                "check_version": row.check.version,
                "registered": row.registered,
                "status": row.status.value,
                "reason": row.result.reason,
                "searched": row.result.searched,
                "evidence": [evidence_json(e) for e in row.result.evidence],
                "near_misses": [evidence_json(e) for e in row.result.near_misses],
            }
            for row in view.rows
        ],
    }


def results_document(run: RunInfo, views: Sequence[AuthorityView], checks: Sequence[Check]) -> dict[str, Any]:
    method = methodology_version(checks)
    manifest: dict[str, Any] = {
        "run_id": run.run_id,
        "tool_version": run.tool_version,
        "methodology_version": method,
        "started_at": run.started_at,
        "finished_at": run.finished_at,
        "config": {k: v for k, v in run.config},
        "checks": [check_json(c) for c in checks],
    }
    if run.methodology_version and run.methodology_version != method:
        # The run was stamped with other rules than the ones these reports were rendered with.
        manifest["run_methodology_version"] = run.methodology_version
    return {
        "format": JSON_FORMAT,
        "format_version": JSON_FORMAT_VERSION,
        "manifest": manifest,
        "authorities": [_authority_json(v) for v in views],
    }


def write_exports(
    out_dir: Path, run: RunInfo, views: Sequence[AuthorityView], checks: Sequence[Check]
) -> tuple[Path, Path, Path]:
    """Writes ``results.csv``, ``summary.csv`` and ``results.json`` atomically; returns their paths."""
    method = methodology_version(checks)
    results_csv = atomic_write_text(
        out_dir / "results.csv", csv_text(RESULTS_COLUMNS, results_records(run, views)), newline=""
    )
    summary_csv = atomic_write_text(
        out_dir / "summary.csv", csv_text(SUMMARY_COLUMNS, summary_records(run, views, method)), newline=""
    )
    document = json.dumps(
        results_document(run, views, checks), sort_keys=True, ensure_ascii=False, indent=2, allow_nan=False
    )
    results_json = atomic_write_text(out_dir / "results.json", document + "\n")
    return results_csv, summary_csv, results_json
