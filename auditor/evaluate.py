"""Measure the checks against a labelled corpus of single pages (``localoffer evaluate``).

Each line of a corpus file is one case: ``{"id", "url", "html" | "text", "labels", "notes"}``.
``labels`` maps a check id to 1 (the page by itself meets the check's pass standard) or 0. For
the currency check ``stale_ccg`` 1 means "the page passes" (no stale wording), so for every
check the prediction is 1 exactly when the check returns ``pass``.

Every case becomes a one-page site with adequate coverage, so a check can only answer from
what that page shows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.errors import LocalOfferError
from auditor.model import Authority, Coverage, Site, Status
from auditor.site import build_site, page_from_text, parse_html
from checks.base import Check
from checks.runner import run_check

AUDIT_DATE = "2026-11-28T00:00:00Z"


class CorpusError(LocalOfferError):
    """A corpus file that cannot be read: names the file and line."""


@dataclass(frozen=True)
class Case:
    id: str
    url: str
    labels: dict[str, int]
    html: str | None = None
    text: str | None = None
    notes: str = ""
    line: int = 0


@dataclass
class Confusion:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def n(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    @property
    def positives(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def defined(self) -> tuple[float | None, float | None, float | None]:
        """Precision, recall and F1, each None where these cases cannot define it: a check the
        cases never label positive has no recall, and one never predicted positive no precision."""
        p = self.precision if self.tp + self.fp else None
        r = self.recall if self.positives else None
        return p, r, self.f1 if p is not None and r is not None else None

    def add(self, label: int, predicted: int) -> None:
        if label and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif label:
            self.fn += 1
        else:
            self.tn += 1


@dataclass(frozen=True)
class Miss:
    case_id: str
    check_id: str
    label: int
    status: str
    reason: str
    quote: str


@dataclass
class Evaluation:
    per_check: dict[str, Confusion] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)
    cases: int = 0

    def macro(self) -> tuple[float, float, float]:
        """Means over the checks where each figure is defined (``Confusion.defined``), not zeros."""
        figures = [c.defined for c in self.per_check.values()]

        def mean(i: int) -> float:
            values = [x for f in figures if (x := f[i]) is not None]
            return sum(values) / len(values) if values else 0.0

        return mean(0), mean(1), mean(2)


def _figure(value: float | None) -> str:
    return f"{'n/a':>7}" if value is None else f"{value:>7.3f}"


def _fail(path: Path, line: int, message: str) -> CorpusError:
    return CorpusError(f"{path}:{line}: {message}")


def _case(raw: Any, path: Path, line: int) -> Case:
    if not isinstance(raw, dict):
        raise _fail(path, line, "a case must be a JSON object")
    case_id, url, labels = raw.get("id"), raw.get("url"), raw.get("labels")
    html, text = raw.get("html"), raw.get("text")
    if not isinstance(case_id, str) or not case_id:
        raise _fail(path, line, 'missing "id"')
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise _fail(path, line, f'case {case_id}: "url" must be an http(s) URL')
    if (html is None) == (text is None) or not isinstance(html if html is not None else text, str):
        raise _fail(path, line, f'case {case_id}: give exactly one of "html" or "text" as a string')
    if not isinstance(labels, dict) or not labels:
        raise _fail(path, line, f'case {case_id}: "labels" must be a non-empty object')
    clean: dict[str, int] = {}
    for check_id, value in labels.items():
        if value not in (0, 1) or isinstance(value, bool):
            raise _fail(path, line, f"case {case_id}: label {check_id} must be 0 or 1, not {value!r}")
        clean[str(check_id)] = int(value)
    notes = raw.get("notes", "")
    return Case(case_id, url, clean, html, text, notes if isinstance(notes, str) else "", line)


def load_cases(path: Path) -> list[Case]:
    """The cases of a JSON Lines file; blank lines are skipped. Raises ``CorpusError``."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise CorpusError(f"{path}: not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path}: cannot read: {exc}") from None
    cases: list[Case] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _fail(path, number, f"invalid JSON: {exc.msg} (column {exc.colno})") from None
        case = _case(raw, path, number)
        if case.id in seen:
            raise _fail(path, number, f"duplicate case id {case.id}")
        seen.add(case.id)
        cases.append(case)
    if not cases:
        raise CorpusError(f"{path}: no cases")
    return cases


def case_site(case: Case) -> Site:
    """The case as a one-page site whose crawl covered everything there was."""
    if case.html is not None:
        page = parse_html(case.html, case.url, fetched_at=AUDIT_DATE)
    else:
        page = page_from_text(case.text or "", case.url, fetched_at=AUDIT_DATE)
    authority = Authority("EVAL", "Example Council", case.url)
    coverage = Coverage(
        crawl_status="ok", start_url=case.url, start_reached=True, pages_fetched=1, frontier_exhausted=True
    )
    return build_site(authority, [page], coverage, AUDIT_DATE)


def evaluate(cases: Sequence[Case], checks: Iterable[Check], only: Sequence[str] = ()) -> Evaluation:
    """Run every labelled check on every case. Raises ``CorpusError`` for a label or ``only``
    id that is not a registered check."""
    by_id = {c.id: c for c in checks}
    for check_id in only:
        if check_id not in by_id:
            raise CorpusError(f"--check {check_id}: no such check (see 'localoffer checks')")
    for case in cases:
        for check_id in case.labels:
            if check_id not in by_id:
                raise CorpusError(f"case {case.id} (line {case.line}): unknown check id {check_id!r} in labels")
    wanted = set(only)
    result = Evaluation(cases=len(cases))
    order = [cid for cid in by_id if (not wanted or cid in wanted) and any(cid in c.labels for c in cases)]
    for check_id in order:
        result.per_check[check_id] = Confusion()
    for case in cases:
        site = case_site(case)
        for check_id, label in case.labels.items():
            if check_id not in result.per_check:
                continue
            outcome = run_check(by_id[check_id], site)
            predicted = int(outcome.status is Status.PASS)
            result.per_check[check_id].add(label, predicted)
            if predicted != label:
                quote = outcome.evidence[0].quote if outcome.evidence else ""
                result.misses.append(Miss(case.id, check_id, label, outcome.status.value, outcome.reason, quote))
    return result


def format_table(ev: Evaluation) -> str:
    header = f"{'check':<26}{'n':>5}{'pos':>5}{'TP':>5}{'FP':>5}{'FN':>5}{'TN':>5}{'prec':>7}{'rec':>7}{'F1':>7}"
    rows = [header, "-" * len(header)]
    for check_id, c in ev.per_check.items():
        rows.append(
            f"{check_id:<26}{c.n:>5}{c.positives:>5}{c.tp:>5}{c.fp:>5}{c.fn:>5}{c.tn:>5}"
            + "".join(_figure(x) for x in c.defined)
        )
    p, r, f = ev.macro()
    rows.append("-" * len(header))
    rows.append(f"{'macro average':<56}{p:>7.3f}{r:>7.3f}{f:>7.3f}")
    rows.append(f"{ev.cases} cases")
    return "\n".join(rows)


def format_misses(ev: Evaluation) -> str:
    lines = []
    for m in ev.misses:
        kind = "FN" if m.label else "FP"
        detail = m.reason or ""
        if m.quote:
            detail = f"{detail} | {m.quote!r}" if detail else repr(m.quote)
        lines.append(f"{kind} {m.check_id} {m.case_id}: predicted {m.status}; {detail}".rstrip("; "))
    return "\n".join(lines)


def to_json(ev: Evaluation) -> dict[str, Any]:
    p, r, f = ev.macro()
    return {
        "cases": ev.cases,
        "checks": {
            cid: {
                "n": c.n,
                "positives": c.positives,
                "tp": c.tp,
                "fp": c.fp,
                "fn": c.fn,
                "tn": c.tn,
                **{
                    k: None if x is None else round(x, 4)
                    for k, x in zip(("precision", "recall", "f1"), c.defined, strict=True)
                },
            }
            for cid, c in ev.per_check.items()
        },
        "macro": {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)},
        "errors": [m.__dict__ for m in ev.misses],
    }
