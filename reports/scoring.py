"""Scoring and the methodology version.

- Points: ``pass`` = 1, ``partial`` = 0.5, ``fail`` = 0, each multiplied by the check's
  ``weight`` ("must" duties carry more weight).
- ``not_applicable`` and ``error`` are left out of the denominator (``score_max``) and reported
  beside the score; ``error`` is shown as "could not check". A site that could not be crawled
  therefore gets no score at all (``score_max`` 0) rather than a score of 0.
- Headlines are counts, not percentages: "9 of 16 duties evidenced, 2 partial, 1 could not be
  checked", where 16 is the number of duties that apply.
- ``methodology_version`` (from ``checks.registry``) is a short sha256 of the sorted (id, version,
  weight, strength) of the checks: the value stamped on the run and on the reports is one.
  Two runs with the same methodology version were judged by the same rules.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from auditor.model import Status
from checks.base import Check
from checks.registry import methodology_version as methodology_version
from reports.rows import Row

POINTS: dict[Status, float] = {Status.PASS: 1.0, Status.PARTIAL: 0.5, Status.FAIL: 0.0}


def _weight(check: Check) -> float:
    weight = float(check.weight)
    return weight if math.isfinite(weight) and weight > 0 else 0.0


@dataclass(frozen=True)
class Score:
    score: float
    score_max: float
    evidenced: int
    partial: int
    not_evidenced: int
    not_applicable: int
    could_not_check: int

    @property
    def applicable(self) -> int:
        """Duties that apply to the authority (everything but ``not_applicable``)."""
        return self.evidenced + self.partial + self.not_evidenced + self.could_not_check

    @property
    def fraction(self) -> float | None:
        """``score / score_max`` to 4 places, or ``None`` when nothing could be scored."""
        return round(self.score / self.score_max, 4) if self.score_max > 0 else None


def score_rows(rows: Sequence[Row]) -> Score:
    """The score of one authority's registered rows (unregistered results are not scored)."""
    scored = [r for r in rows if r.registered]
    counts = {status: sum(1 for r in scored if r.status is status) for status in Status}
    judged = [r for r in scored if r.status in POINTS]
    return Score(
        score=round(math.fsum(POINTS[r.status] * _weight(r.check) for r in judged), 4),
        score_max=round(math.fsum(_weight(r.check) for r in judged), 4),
        evidenced=counts[Status.PASS],
        partial=counts[Status.PARTIAL],
        not_evidenced=counts[Status.FAIL],
        not_applicable=counts[Status.NOT_APPLICABLE],
        could_not_check=counts[Status.ERROR],
    )


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


def headline(score: Score) -> str:
    """'9 of 16 duties evidenced' — the fraction the league table shows."""
    n = score.applicable
    return f"{score.evidenced} of {n} {_plural(n, 'duty', 'duties')} evidenced"


def headline_long(score: Score) -> str:
    """'9 of 16 duties evidenced, 2 partial, 1 could not be checked' — the scorecard's headline."""
    parts = [headline(score)]
    if score.partial:
        parts.append(f"{score.partial} partial")
    if score.could_not_check:
        parts.append(f"{score.could_not_check} could not be checked")
    if score.not_applicable:
        parts.append(f"{score.not_applicable} not applicable")
    return ", ".join(parts)


def format_number(value: float) -> str:
    """``10`` for whole numbers, else up to 4 decimals without trailing zeros (``10.5``)."""
    if not math.isfinite(value):
        return str(value)
    if value == int(value):
        return str(int(value))
    return f"{value:.4f}".rstrip("0").rstrip(".")
