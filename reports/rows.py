"""Lines up an authority's stored results with the checks of the run: one row per check.

Every output (CSV, JSON, HTML) is built from these rows, so they all agree on order and
content: registry order for authorities (as given), then the order of ``checks``. A check
with no stored result becomes an ``error`` row (``not_judged``) rather than a silent gap; a
stored result for a check that is not among ``checks`` is kept at the end, marked unregistered,
and left out of the score (the methodology version does not cover it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from auditor.model import AuthorityResult, CheckResult, Site, Status, Strength
from checks.base import Check

NOT_JUDGED = "not_judged: no result was stored for this check"


def _unregistered(site: Site) -> CheckResult:  # pragma: no cover - never run, only described
    raise RuntimeError("placeholder for a result whose check is not registered")


def placeholder_check(check_id: str) -> Check:
    """Metadata for a stored result whose check is not among the run's checks."""
    return Check(
        id=check_id,
        version="",
        title=check_id,
        failure_title=check_id,
        description="",
        legal_ref="",
        strength=Strength.SHOULD,
        run=_unregistered,
        source="unregistered",
    )


@dataclass(frozen=True)
class Row:
    check: Check
    result: CheckResult
    registered: bool = True

    @property
    def status(self) -> Status:
        return self.result.status


def align(authority_result: AuthorityResult, checks: Sequence[Check]) -> tuple[Row, ...]:
    """One row per check in ``checks`` order, then any unregistered results in stored order."""
    by_id: dict[str, CheckResult] = {}
    for result in authority_result.results:
        by_id.setdefault(result.check_id, result)
    rows: list[Row] = []
    known: set[str] = set()
    for check in checks:
        known.add(check.id)
        result = by_id.get(check.id) or CheckResult(check.id, Status.ERROR, reason=NOT_JUDGED)
        rows.append(Row(check, result))
    for check_id, result in by_id.items():
        if check_id not in known:
            rows.append(Row(placeholder_check(check_id), result, registered=False))
    return tuple(rows)
