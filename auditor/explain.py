"""``localoffer explain``: one verdict laid out for a person, from the run store alone.

Scraped text reaches a terminal here, so control characters (ANSI escapes could rewrite the
screen) are made visible instead of being printed raw.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from auditor.errors import UsageError
from auditor.model import Evidence
from auditor.store import Store
from checks.base import Check

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def inert(text: str) -> str:
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _evidence_lines(items: Sequence[Evidence]) -> list[str]:
    lines = []
    for n, item in enumerate(items, 1):
        where = " > ".join(item.heading_path)
        lines.append(f"  {n}. {inert(item.url)}" + (f"  [{inert(where)}]" if where else ""))
        lines.append(f"     “{inert(item.quote)}”")
        if item.note:
            lines.append(f"     note: {inert(item.note)}")
    return lines


def explain(db: Path, run_id: str | None, code: str, check_id: str, checks: Sequence[Check]) -> str:
    with Store.open(db) as store:
        run = run_id or store.latest_run()
        if run is None:
            raise UsageError(f"{db}: no runs yet")
        results = {r.authority.code: r for r in store.authority_results(run)}
    if code not in results:
        raise UsageError(f"authority {code!r} has no results in run {run}")
    authority_result = results[code]
    by_id = {r.check_id: r for r in authority_result.results}
    if check_id not in by_id:
        raise UsageError(f"check {check_id!r} did not run for {code} in run {run} (see 'localoffer checks')")
    result = by_id[check_id]
    meta = {c.id: c for c in checks}.get(check_id)
    lines = [
        f"{inert(authority_result.authority.name)} ({code}) — {check_id}: {result.status.value.upper()}",
        f"run {run}; checked {authority_result.checked_at}",
    ]
    if meta is not None:
        lines.append(f"{meta.title} [{meta.strength.value}; {meta.legal_ref}]")
    if result.reason:
        lines.append(f"reason: {inert(result.reason)}")
    if result.evidence:
        lines.append("evidence:")
        lines.extend(_evidence_lines(result.evidence))
    if result.near_misses:
        lines.append("near misses (looked relevant, not accepted):")
        lines.extend(_evidence_lines(result.near_misses))
    lines.append(f"searched: {inert(result.searched)}")
    if meta is not None and result.status.value in ("fail", "partial") and meta.fix:
        lines.append(f"how to fix: {meta.fix}")
    return "\n".join(lines)
