"""The 16 core checks are a public contract (docs/checks.md): ids, order, strengths, metadata."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from auditor.model import Strength
from checks.core import CORE_CHECK_IDS, core_checks
from checks.registry import validate_checks

CHECKS_MD = Path("/work/shared/docs/checks.md")
EXPECTED = [
    ("drs_in_local_offer", "M"),
    ("drs_independent", "M"),
    ("drs_voluntary", "S"),
    ("drs_all_sen", "S"),
    ("drs_disagreement_types", "S"),
    ("drs_no_effect_on_appeal", "M"),
    ("drs_confidential", "S"),
    ("drs_provider_named", "M"),
    ("drs_contact", "M"),
    ("mediation_info", "M"),
    ("iass_signposted", "M"),
    ("complaints_routes", "M"),
    ("tribunal_appeal", "M"),
    ("lo_feedback_published", "M"),
    ("drs_findable", "S"),
    ("stale_ccg", "S"),
]


def test_ids_and_order_exactly_as_checks_md() -> None:
    assert [c.id for c in core_checks()] == [i for i, _ in EXPECTED] == list(CORE_CHECK_IDS)


@pytest.mark.skipif(not CHECKS_MD.exists(), reason="shared docs not present")
def test_table_in_checks_md_matches() -> None:
    rows = re.findall(r"^\| `([a-z_]+)` \| ([MS]) \| ([^|]+) \|", CHECKS_MD.read_text(), re.M)
    assert [(i, s) for i, s, _ in rows] == EXPECTED
    refs = {i: r.strip() for i, _, r in rows}
    for check in core_checks():
        assert check.legal_ref == refs[check.id]


def test_strengths_weights_and_metadata_complete() -> None:
    strengths = dict(EXPECTED)
    for check in core_checks():
        assert check.strength is (Strength.MUST if strengths[check.id] == "M" else Strength.SHOULD)
        assert check.weight == (2.0 if check.strength is Strength.MUST else 1.0)
        # Versions are bumped when a check's behaviour changes (researchers tell rule changes from site changes).
        assert check.version.isdigit() and int(check.version) >= 1
        for field in ("title", "failure_title", "description", "legal_ref", "legal_ref_words", "fix", "why", "theme"):
            assert getattr(check, field).strip(), f"{check.id}.{field} is empty"
        assert check.kind == ("currency" if check.id == "stale_ccg" else "evidence")
        assert callable(check.run)
    validate_checks(core_checks())


def test_core_checks_returns_a_fresh_list() -> None:
    first = core_checks()
    first.clear()
    assert len(core_checks()) == 16
