"""What changed between two runs: one row per authority × check, with the change and its cause.

Change (status of run A → run B):

- ``unchanged``: the same status;
- ``gained``: the duty is now ``pass`` (for ``stale_*`` checks: no outdated wording any more);
- ``lost``: the duty was ``pass`` and no longer is;
- ``changed``: any other move (``fail`` → ``partial``, ``fail`` → ``error``, …).

Cause of a change, the first that applies:

1. ``not_in_run``: the authority or the check is missing from one of the runs;
2. ``could_not_fetch``: either verdict is ``error`` (site unreachable, robots.txt, thin crawl, a
   check that crashed), the crawl status was not ``ok``, or an evidence page failed to load;
3. ``check_changed``: the check's version differs between the runs (rules changed, not the page);
4. ``page_changed``: an evidence page's body differs (body hashes), or, lacking evidence on
   both sides, some other page of the authority's crawl did;
5. ``coverage_changed``: an evidence page was not fetched at all in the other run, or the set
   of pages crawled differs;
6. ``unexplained``: the same pages and check versions gave another verdict (e.g. settings).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from auditor.model import Evidence
from reports.history import AuthoritySnapshot, CheckState, RunSnapshot

CHANGES = ("lost", "gained", "changed", "unchanged")
CAUSES = ("page_changed", "check_changed", "could_not_fetch", "coverage_changed", "not_in_run", "unexplained")
SUMMARY_LIMIT = 12


@dataclass(frozen=True)
class DiffRow:
    authority_code: str
    authority_name: str
    check_id: str
    status_a: str
    status_b: str
    change: str
    cause: str
    detail: str
    version_a: str
    version_b: str
    evidence_a: Evidence | None
    evidence_b: Evidence | None


@dataclass(frozen=True)
class RunDiff:
    run_a: str
    run_b: str
    started_a: str
    started_b: str
    rows: tuple[DiffRow, ...]

    @property
    def changed_rows(self) -> tuple[DiffRow, ...]:
        return tuple(r for r in self.rows if r.change != "unchanged")

    def counts(self) -> Counter[str]:
        return Counter(r.change for r in self.rows)

    def causes(self) -> Counter[str]:
        return Counter(r.cause for r in self.changed_rows)


def classify(status_a: str, status_b: str) -> str:
    if status_a == status_b:
        return "unchanged"
    if status_b == "pass":
        return "gained"
    if status_a == "pass":
        return "lost"
    return "changed"


def _evidence_pages(items: Sequence[Evidence], other: AuthoritySnapshot) -> tuple[list[str], list[str], list[str]]:
    """Evidence URLs whose page in ``other`` changed body, failed to load, or was not fetched."""
    changed, failed, missing = [], [], []
    for item in items:
        page = other.page(item.url)
        if page is None:
            missing.append(item.url)
        elif page.error:
            failed.append(f"{item.url} ({page.error})")
        elif item.body_hash and page.body_hash and page.body_hash != item.body_hash:
            changed.append(item.url)
    return changed, failed, missing


def _short(digest: str) -> str:
    return digest[:12] if digest else "none"


def explain(a: AuthoritySnapshot, b: AuthoritySnapshot, ca: CheckState, cb: CheckState) -> tuple[str, str]:
    """The cause of a change of verdict between ``ca`` (run A) and ``cb`` (run B), with a detail."""
    if "error" in (ca.status, cb.status):
        side = ca if ca.status == "error" else cb
        return "could_not_fetch", side.reason or "the tool could not judge"
    if a.crawl_status != "ok" or b.crawl_status != "ok":
        return "could_not_fetch", f"crawl status {a.crawl_status} → {b.crawl_status}"
    if ca.version != cb.version:
        return "check_changed", f"check version {ca.version or 'none'} → {cb.version or 'none'}"
    changed_b, failed_b, missing_b = _evidence_pages(ca.evidence, b)
    changed_a, failed_a, missing_a = _evidence_pages(cb.evidence, a)
    failed = failed_b + failed_a
    if failed:
        return "could_not_fetch", "evidence page failed to load: " + ", ".join(failed)
    changed = list(dict.fromkeys(changed_b + changed_a))
    if changed:
        return "page_changed", "evidence page changed: " + ", ".join(changed)
    missing = list(dict.fromkeys(missing_b + missing_a))
    if missing:
        return "coverage_changed", "evidence page not crawled in the other run: " + ", ".join(missing)
    common = a.pages.keys() & b.pages.keys()
    differ = sorted(k for k in common if a.pages[k].body_hash != b.pages[k].body_hash)
    if differ:
        return "page_changed", f"{len(differ)} crawled pages changed, e.g. {differ[0]}"
    if a.pages.keys() != b.pages.keys():
        gone, new = len(a.pages.keys() - b.pages.keys()), len(b.pages.keys() - a.pages.keys())
        return "coverage_changed", f"pages crawled: {gone} no longer, {new} newly"
    return "unexplained", "same pages and check version; settings may differ"


def _row(code: str, check_id: str, a: AuthoritySnapshot | None, b: AuthoritySnapshot | None) -> DiffRow:
    ca = a.checks.get(check_id) if a else None
    cb = b.checks.get(check_id) if b else None
    status_a, status_b = (ca.status if ca else ""), (cb.status if cb else "")
    change = classify(status_a, status_b)
    cause, detail = "", ""
    if change != "unchanged":
        if a is None or b is None:
            cause, detail = "not_in_run", f"authority not in run {'A' if a is None else 'B'}"
        elif ca is None or cb is None:
            cause, detail = "not_in_run", f"check not in run {'A' if ca is None else 'B'}"
        else:
            cause, detail = explain(a, b, ca, cb)
    either = b or a
    name = either.authority.name if either is not None else ""
    return DiffRow(
        authority_code=code,
        authority_name=name,
        check_id=check_id,
        status_a=status_a,
        status_b=status_b,
        change=change,
        cause=cause,
        detail=detail,
        version_a=ca.version if ca else "",
        version_b=cb.version if cb else "",
        evidence_a=ca.evidence[0] if ca and ca.evidence else None,
        evidence_b=cb.evidence[0] if cb and cb.evidence else None,
    )


def _ordered_union(*sequences: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(item for seq in sequences for item in seq))


def diff_runs(a: RunSnapshot, b: RunSnapshot, *, only_common: bool = False) -> RunDiff:
    """Rows in run B's authority order (then authorities only in A), checks in run B's order.

    ``only_common`` keeps just the authorities of run B (the default comparison of an audit with
    an earlier run that covered more authorities)."""
    codes = list(b.authorities) if only_common else _ordered_union(list(b.authorities), list(a.authorities))
    rows: list[DiffRow] = []
    for code in codes:
        sa, sb = a.authorities.get(code), b.authorities.get(code)
        present = [s for s in (sb, sa) if s is not None]
        check_ids = _ordered_union(b.check_order, a.check_order, *(list(s.checks) for s in present))
        for check_id in check_ids:
            if any(check_id in s.checks for s in present):
                rows.append(_row(code, check_id, sa, sb))
    return RunDiff(a.run_id, b.run_id, a.started_at, b.started_at, tuple(rows))


def headline(diff: RunDiff) -> str:
    """'2 duties lost, 1 gained, 0 changed, 40 unchanged across 3 authorities'."""
    counts = diff.counts()
    authorities = len({r.authority_code for r in diff.changed_rows})
    parts = [f"{counts[c]} {c}" for c in CHANGES]
    noun = "authority" if authorities == 1 else "authorities"
    return f"duties {', '.join(parts)}; {authorities} {noun} affected"


def summary_lines(diff: RunDiff, *, limit: int = SUMMARY_LIMIT) -> list[str]:
    """A few lines for the terminal: the headline, the causes, then changes one per line."""
    lines = [f"changes since run {diff.run_a}: {headline(diff)}"]
    causes = diff.causes()
    if causes:
        lines.append("causes: " + ", ".join(f"{n} {cause}" for cause, n in sorted(causes.items())))
    changed = sorted(diff.changed_rows, key=lambda r: CHANGES.index(r.change))
    for row in changed[:limit]:
        lines.append(
            f"  {row.authority_code} {row.authority_name}: {row.check_id} {row.change}"
            f" ({row.status_a or 'none'} → {row.status_b or 'none'}; {row.cause})"
        )
    if len(changed) > limit:
        lines.append(f"  … and {len(changed) - limit} more (see diff.csv)")
    return lines
