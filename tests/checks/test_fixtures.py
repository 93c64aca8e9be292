"""Every check against its fixture pages: must-pass, must-fail and the traps of duties.md §11."""

from __future__ import annotations

import pytest

from auditor.model import Status
from checks.core import core_checks
from checks.runner import run_check
from checks.text import normalise
from tests.checks.conftest import Case, cases, site_for

CASES = cases()
CHECKS = {c.id: c for c in core_checks()}


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fixture_status(case: Case) -> None:
    result = run_check(CHECKS[case.check_id], site_for(case))
    detail = f"{result.reason} | evidence: {[e.quote for e in result.evidence]}"
    assert result.status.value == case.expect, detail
    if result.status is Status.PASS and case.check_id != "stale_ccg":
        assert result.evidence, "a pass must carry evidence"
    for ev in result.evidence:
        assert ev.url.startswith("https://")
        assert ev.quote
        assert len(ev.quote) <= 300
        assert normalise(ev.match) in normalise(ev.quote), (ev.match, ev.quote)
        assert ev.fragment_url.startswith(ev.url.split("#")[0]) and ":~:text=" in ev.fragment_url
    if result.status is Status.FAIL and case.check_id != "stale_ccg":
        assert result.searched


def test_every_check_has_fixtures_of_each_kind() -> None:
    kinds: dict[str, set[str]] = {cid: set() for cid in CHECKS}
    for case in CASES:
        kinds[case.check_id].add(case.name.split("_", 1)[0])
    for cid, found in kinds.items():
        assert {"pass", "fail", "trap"} <= found, f"{cid} lacks { ({'pass', 'fail', 'trap'} - found) }"


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_no_check_crashes_on_any_fixture(case: Case) -> None:
    site = site_for(case)
    for check in CHECKS.values():
        result = run_check(check, site)
        assert result.status is not Status.ERROR, f"{check.id}: {result.reason}"
