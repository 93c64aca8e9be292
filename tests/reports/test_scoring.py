"""Scoring: points, weights, exclusions, headline fractions and the methodology version."""

from __future__ import annotations

from dataclasses import replace

from auditor.model import Status, Strength
from checks.registry import methodology_version as registry_methodology_version
from reports.rows import align
from reports.scoring import Score, format_number, headline, headline_long, methodology_version, score_rows
from tests.reports.conftest import make_authority_result, make_check


def score_of(statuses: dict[str, Status], weights: dict[str, float] | None = None) -> Score:
    weights = weights or {}
    checks = [make_check(cid, weight=weights.get(cid, 1.0)) for cid in statuses]
    return score_rows(align(make_authority_result("E1", "One", statuses), checks))


def test_pass_partial_fail_score_one_half_zero() -> None:
    score = score_of({"a": Status.PASS, "b": Status.PARTIAL, "c": Status.FAIL})
    assert (score.score, score.score_max, score.fraction) == (1.5, 3.0, 0.5)
    assert (score.evidenced, score.partial, score.not_evidenced) == (1, 1, 1)


def test_error_and_not_applicable_are_left_out_of_the_denominator() -> None:
    score = score_of({"a": Status.PASS, "b": Status.ERROR, "c": Status.NOT_APPLICABLE, "d": Status.FAIL})
    assert (score.score, score.score_max, score.fraction) == (1.0, 2.0, 0.5)
    assert (score.could_not_check, score.not_applicable, score.applicable) == (1, 1, 3)


def test_weights_multiply_points() -> None:
    score = score_of({"must": Status.PASS, "should": Status.FAIL}, {"must": 2.0, "should": 1.0})
    assert (score.score, score.score_max) == (2.0, 3.0)
    assert score.fraction == 0.6667


def test_nothing_judged_means_no_score_rather_than_zero() -> None:
    score = score_of({"a": Status.ERROR, "b": Status.ERROR})
    assert score.score_max == 0 and score.fraction is None


def test_headlines_are_counts() -> None:
    score = Score(score=10.0, score_max=15.0, evidenced=9, partial=2, not_evidenced=4, not_applicable=0,
                  could_not_check=1)  # fmt: skip
    assert headline(score) == "9 of 16 duties evidenced"
    assert headline_long(score) == "9 of 16 duties evidenced, 2 partial, 1 could not be checked"
    one = Score(score=1.0, score_max=1.0, evidenced=1, partial=0, not_evidenced=0, not_applicable=1, could_not_check=0)
    assert headline_long(one) == "1 of 1 duty evidenced, 1 not applicable"


def test_format_number() -> None:
    assert [format_number(x) for x in (10.0, 10.5, 2 / 3, 0.0)] == ["10", "10.5", "0.6667", "0"]


def test_methodology_version_matches_the_registry_and_tracks_the_rules() -> None:
    checks = [make_check("a"), make_check("b", strength=Strength.SHOULD)]
    version = methodology_version(checks)
    assert version == registry_methodology_version(checks)
    assert len(version) == 12
    assert methodology_version(list(reversed(checks))) == version
    assert methodology_version([replace(checks[0], version="2"), checks[1]]) != version
    assert methodology_version([replace(checks[0], weight=3.0), checks[1]]) != version
    assert methodology_version([replace(checks[0], title="Reworded"), checks[1]]) == version
