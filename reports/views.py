"""What every output is rendered from: each authority with its aligned rows and its score."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from auditor.model import AuthorityResult
from checks.base import Check
from reports.rows import Row, align
from reports.scoring import Score, score_rows


@dataclass(frozen=True)
class AuthorityView:
    """One authority with its aligned rows and score: what every output is rendered from."""

    result: AuthorityResult
    rows: tuple[Row, ...]
    score: Score

    @property
    def pages_crawled(self) -> int:
        return self.result.pages_crawled or self.result.coverage.pages_fetched


def build_views(results: Iterable[AuthorityResult], checks: Sequence[Check]) -> tuple[AuthorityView, ...]:
    views = []
    for result in results:
        rows = align(result, checks)
        views.append(AuthorityView(result, rows, score_rows(rows)))
    return tuple(views)
