"""Runs checks against a site and applies the coverage rule: never accuse without coverage.

A check function only decides what the pages show. Whether a ``fail`` may be published depends
on how much of the site was crawled, which is the same question for every check, so it is
answered here once rather than in each check.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from auditor.model import CheckResult, Coverage, Site, Status
from checks.base import Check

#: With fewer pages than this, and the frontier not exhausted, a crawl is too thin to fail anyone.
DEFAULT_MIN_PAGES = 5


@dataclass(frozen=True)
class CoveragePolicy:
    min_pages: int = DEFAULT_MIN_PAGES


def coverage_problem(coverage: Coverage, policy: CoveragePolicy) -> str:
    """The reason a ``fail`` cannot be published for this crawl, or ``""`` when it can."""
    if coverage.crawl_status != "ok":
        return coverage.crawl_status
    if not coverage.start_reached:
        return "unreachable"
    if not coverage.frontier_exhausted and coverage.pages_fetched < policy.min_pages:
        return "insufficient_coverage"
    return ""


def searched_summary(coverage: Coverage) -> str:
    hosts = ", ".join(coverage.hosts) or "none"
    return (
        f"{coverage.pages_fetched} pages on {hosts}; {coverage.robots_blocked} blocked by robots.txt; "
        f"{coverage.pages_failed} failed; {coverage.budget_cut} left by the page budget"
    )


def run_check(check: Check, site: Site, policy: CoveragePolicy | None = None) -> CheckResult:
    policy = policy or CoveragePolicy()
    coverage = site.coverage
    searched = searched_summary(coverage)
    if coverage.crawl_status != "ok" or not coverage.start_reached:
        reason = coverage.crawl_status if coverage.crawl_status != "ok" else "unreachable"
        detail = f"{reason}: {coverage.detail}" if coverage.detail else reason
        return CheckResult(check.id, Status.ERROR, reason=detail, searched=searched)
    try:
        result = check.run(site)
    except Exception as exc:  # noqa: BLE001 - a plugin's crash must not end the audit
        return CheckResult(
            check.id, Status.ERROR, reason=f"check_crashed: {type(exc).__name__}: {exc}", searched=searched
        )
    if result.check_id != check.id:
        result = replace(result, check_id=check.id)
    if not result.searched:
        result = replace(result, searched=searched)
    problem = coverage_problem(coverage, policy)
    # A currency check's "pass" means "nothing stale was seen": as much an absence claim as "fail".
    absence_claim = result.status is Status.FAIL if check.kind == "evidence" else result.status is Status.PASS
    if problem and absence_claim:
        return replace(result, status=Status.ERROR, reason=problem)
    return result


def run_checks(checks: Iterable[Check], site: Site, policy: CoveragePolicy | None = None) -> tuple[CheckResult, ...]:
    return tuple(run_check(check, site, policy) for check in checks)
