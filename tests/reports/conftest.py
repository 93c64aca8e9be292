"""Factories for synthetic runs: checks, results and authorities without crawling anything."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from auditor.model import (
    Authority,
    AuthorityResult,
    CheckResult,
    Coverage,
    Evidence,
    RunInfo,
    Site,
    Status,
    Strength,
)
from checks.base import Check

XSS_QUOTE = 'Contact us <script>alert(1)</script> "><img src=x onerror=alert(1)> about mediation'
FORMULA_NAME = '=HYPERLINK("http://evil.example","click")'


def _never(site: Site) -> CheckResult:
    raise AssertionError("reports never run checks")


def make_check(
    check_id: str,
    *,
    strength: Strength = Strength.MUST,
    weight: float = 1.0,
    version: str = "1",
    kind: str = "evidence",
) -> Check:
    return Check(
        id=check_id,
        version=version,
        title=f"Title of {check_id}",
        failure_title=f"Failure of {check_id}",
        description=f"Description of {check_id}",
        legal_ref="CoP 11.9",
        strength=strength,
        run=_never,
        weight=weight,
        fix=f"Fix for {check_id}",
        why=f"Why {check_id} matters",
        legal_ref_words="SEND Code of Practice 2015, paragraph 11.9",
        kind=kind,
    )


def make_evidence(
    url: str = "https://lo.example.gov.uk/send/mediation",
    quote: str = "Our independent mediation service is run by Global Mediation.",
    match: str = "independent mediation",
) -> Evidence:
    return Evidence(
        url=url,
        quote=quote,
        heading_path=("SEND", "Disagreement resolution"),
        match=match,
        fragment_url=f"{url}#:~:text=independent%20mediation",
        final_url=url,
        fetched_at="2025-01-02T03:04:05Z",
        body_hash="sha256:abc",
        note="",
    )


def make_result(check_id: str, status: Status, evidence: Sequence[Evidence] | None = None) -> CheckResult:
    if evidence is None:
        evidence = (make_evidence(),) if status in (Status.PASS, Status.PARTIAL) else ()
    reason = "insufficient_coverage: 2 pages" if status is Status.ERROR else ""
    return CheckResult(check_id, status, evidence=tuple(evidence), reason=reason, searched="10 pages on lo.example")


def make_authority_result(
    code: str,
    name: str,
    statuses: dict[str, Status],
    *,
    region: str = "North East",
    evidence: dict[str, Sequence[Evidence]] | None = None,
) -> AuthorityResult:
    evidence = evidence or {}
    coverage = Coverage(
        crawl_status="ok",
        start_url="https://lo.example.gov.uk/",
        start_reached=True,
        pages_fetched=12,
        pages_failed=1,
        robots_blocked=2,
        budget_cut=0,
        hosts=("lo.example.gov.uk",),
        frontier_exhausted=True,
    )
    return AuthorityResult(
        authority=Authority(code=code, name=name, local_offer_url="https://lo.example.gov.uk/", region=region),
        coverage=coverage,
        results=tuple(make_result(cid, st, evidence.get(cid)) for cid, st in statuses.items()),
        checked_at="2025-01-02T04:00:00Z",
        pages_crawled=12,
    )


def make_run(checks: Sequence[Check]) -> RunInfo:
    return RunInfo(
        run_id="20250102T030000Z",
        started_at="2025-01-02T03:00:00Z",
        finished_at="2025-01-02T05:00:00Z",
        tool_version="0.1.0",
        config=(("crawl.delay_seconds", "1.0"), ("crawl.max_pages", "400")),
        checks=tuple((c.id, c.version, c.source) for c in checks),
    )


@pytest.fixture
def checks() -> list[Check]:
    return [
        make_check("drs_in_local_offer", weight=2.0),
        make_check("drs_independent", weight=2.0),
        make_check("drs_voluntary", strength=Strength.SHOULD),
        make_check("stale_ccg", strength=Strength.SHOULD, kind="currency"),
    ]


@pytest.fixture
def results() -> list[AuthorityResult]:
    hostile = make_evidence(url="javascript:alert(1)", quote=XSS_QUOTE, match="<script>alert(1)</script>")
    return [
        make_authority_result(
            "E06000001",
            "Hartlepool",
            {
                "drs_in_local_offer": Status.PASS,
                "drs_independent": Status.FAIL,
                "drs_voluntary": Status.PARTIAL,
                "stale_ccg": Status.ERROR,
            },
        ),
        make_authority_result(
            "../E0<6>/x",
            FORMULA_NAME,
            {
                "drs_in_local_offer": Status.PASS,
                "drs_independent": Status.PASS,
                "drs_voluntary": Status.NOT_APPLICABLE,
                "stale_ccg": Status.FAIL,
            },
            region="@SUM(1+1)",
            evidence={"drs_in_local_offer": [hostile, make_evidence()]},
        ),
    ]


@pytest.fixture
def report_dir(tmp_path: Path, checks: list[Check], results: list[AuthorityResult]) -> Path:
    from reports import write_reports

    out = tmp_path / "out"
    index = write_reports(out, make_run(checks), results, checks)
    assert index == out / "index.html"
    return out
