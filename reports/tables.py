"""``localoffer export``: a stored run as four tidy tables in CSV, JSON or Parquet.

- ``results``: one row per authority × check, the contract columns of ``results.csv``;
- ``evidence``: one row per evidence item (``rank`` 1 is the item ``results`` shows);
- ``summary``: one row per authority, the columns of ``summary.csv``;
- ``pages``: the crawl log, one row per fetch.

Every column is described in ``reports/DATA.md`` (a test keeps the two in step). CSV cells go
through the formula-injection guard; JSON and Parquet keep the values as stored, with numbers as
numbers and empty numbers as null. Parquet needs ``pyarrow`` (``pip install 'localoffer[parquet]'``).
"""

from __future__ import annotations

import dataclasses
import importlib.util
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditor.errors import LocalOfferError
from auditor.model import RunInfo
from auditor.store import Store
from checks.base import Check
from reports.atomic import atomic_write_bytes, atomic_write_text
from reports.exports import (
    JSON_FORMAT,
    RESULTS_COLUMNS,
    SUMMARY_COLUMNS,
    csv_text,
    results_records,
    summary_records,
)
from reports.rows import placeholder_check
from reports.scoring import methodology_version
from reports.views import build_views

FORMATS = ("csv", "json", "parquet")
EVIDENCE_COLUMNS = (
    "run_id", "authority_code", "check_id", "rank", "url", "final_url", "quote", "match", "heading_path",
    "fragment_url", "fetched_at", "body_hash",
)  # fmt: skip
PAGES_COLUMNS = (
    "run_id", "authority_code", "url", "final_url", "status", "content_type", "kind", "error", "depth",
    "fetched_at", "body_hash",
)  # fmt: skip
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "results": RESULTS_COLUMNS,
    "evidence": EVIDENCE_COLUMNS,
    "summary": SUMMARY_COLUMNS,
    "pages": PAGES_COLUMNS,
}
#: Columns that are numbers in JSON and Parquet (every other column is text).
INTEGER_COLUMNS = frozenset(
    {"pages_crawled", "rank", "depth", "evidenced", "partial", "not_evidenced", "not_applicable", "could_not_check"}
)  # fmt: skip
FLOAT_COLUMNS = frozenset({"score", "score_max", "score_fraction"})
HEADING_SEPARATOR = " › "


class ExportError(LocalOfferError):
    pass


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[str, ...]
    records: list[tuple[object, ...]]


def checks_for_run(run: RunInfo, available: Sequence[Check]) -> list[Check]:
    """The run's checks, in the run's order and with the versions it was judged with: metadata
    (titles, weights, strengths) from ``available``; a check no longer available is a placeholder."""
    by_id = {c.id: c for c in available}
    if not run.checks:
        return list(available)
    out: list[Check] = []
    for check_id, version, _source in run.checks:
        known = by_id.get(check_id)
        check = known if known is not None else placeholder_check(check_id)
        out.append(dataclasses.replace(check, version=version))
    return out


def _evidence_records(run_id: str, store: Store) -> list[tuple[object, ...]]:
    records: list[tuple[object, ...]] = []
    for result in store.authority_results(run_id):
        for check_result in result.results:
            for rank, e in enumerate(check_result.evidence, start=1):
                records.append(
                    (
                        run_id,
                        result.authority.code,
                        check_result.check_id,
                        rank,
                        e.url,
                        e.final_url,
                        e.quote,
                        e.match,
                        HEADING_SEPARATOR.join(e.heading_path),
                        e.fragment_url,
                        e.fetched_at,
                        e.body_hash,
                    )  # fmt: skip
                )
    return records


def _pages_records(run_id: str, store: Store) -> list[tuple[object, ...]]:
    return [
        (
            run_id,
            code,
            f.url,
            f.final_url,
            f.status,
            f.content_type,
            f.kind,
            f.error,
            f.depth,
            f.fetched_at,
            f.body_hash,
        )  # fmt: skip
        for code, f in store.run_fetches(run_id)
    ]


def export_tables(store: Store, run_id: str, available: Sequence[Check]) -> list[Table]:
    run = store.run_info(run_id)
    checks = checks_for_run(run, available)
    views = build_views(store.authority_results(run_id), checks)
    return [
        Table("results", RESULTS_COLUMNS, results_records(run, views)),
        Table("evidence", EVIDENCE_COLUMNS, _evidence_records(run_id, store)),
        Table("summary", SUMMARY_COLUMNS, summary_records(run, views, methodology_version(checks))),
        Table("pages", PAGES_COLUMNS, _pages_records(run_id, store)),
    ]


def _typed(column: str, value: object) -> object:
    if column in INTEGER_COLUMNS or (column == "status" and isinstance(value, int)):
        return None if value in ("", None) else int(str(value))
    if column in FLOAT_COLUMNS:
        return None if value in ("", None) else float(str(value))
    return "" if value is None else str(value)


def typed_rows(table: Table) -> list[dict[str, Any]]:
    return [{c: _typed(c, v) for c, v in zip(table.columns, record, strict=True)} for record in table.records]


def _guard_canonical(out_dir: Path, name: str) -> None:
    target = out_dir / f"{name}.json"
    if not target.is_file():
        return
    try:
        head = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if isinstance(head, dict) and head.get("format") == JSON_FORMAT:
        raise ExportError(f"{target}: is an audit's canonical results.json; export into another directory")


def _write_parquet(path: Path, table: Table) -> Path:
    if importlib.util.find_spec("pyarrow") is None:
        raise ExportError("--format parquet needs pyarrow: pip install 'localoffer[parquet]'")
    import pandas as pd

    frame = pd.DataFrame(typed_rows(table), columns=list(table.columns))
    for column in table.columns:
        if column in INTEGER_COLUMNS or (column == "status" and table.name == "pages"):
            frame[column] = frame[column].astype("Int64")
        elif column in FLOAT_COLUMNS:
            frame[column] = frame[column].astype("Float64")
        else:
            frame[column] = frame[column].astype("string")
    buffer = io.BytesIO()
    frame.to_parquet(buffer, engine="pyarrow", index=False)
    return atomic_write_bytes(path, buffer.getvalue())


def write_table(out_dir: Path, table: Table, fmt: str) -> Path:
    path = out_dir / f"{table.name}.{fmt}"
    if fmt == "csv":
        return atomic_write_text(path, csv_text(table.columns, table.records), newline="")
    if fmt == "json":
        _guard_canonical(out_dir, table.name)
        text = json.dumps(typed_rows(table), ensure_ascii=False, indent=1, allow_nan=False)
        return atomic_write_text(path, text + "\n")
    if fmt == "parquet":
        return _write_parquet(path, table)
    raise ExportError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})")


def export_run(store: Store, run_id: str, available: Sequence[Check], out_dir: Path, fmt: str) -> list[Path]:
    """Writes ``results``, ``evidence``, ``summary`` and ``pages`` as ``<table>.<fmt>`` into ``out_dir``."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})")
    out_dir.mkdir(parents=True, exist_ok=True)
    return [write_table(out_dir, table, fmt) for table in export_tables(store, run_id, available)]
