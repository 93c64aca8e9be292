"""The checks measured against the hand-labelled corpus in ``tests/corpus``.

The ``train*.jsonl`` splits (``train.jsonl`` and the later out-of-sample sets ``train_extra.jsonl`` …
``train_sixteen.jsonl``, described in ``tests/corpus/README.md``) are for tuning; ``test.jsonl`` is held back
and only measured here. The target is precision and recall of at least 0.9 for every core check on the
held-back split.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.evaluate import Evaluation, evaluate, load_cases
from checks.core import CORE_CHECK_IDS
from checks.registry import discover_checks

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
CORE = tuple(i for i in CORE_CHECK_IDS if i != "drs_findable")  # findable needs a whole site
TARGET = 0.9


def _evaluate(name: str) -> Evaluation:
    return evaluate(load_cases(CORPUS / name), discover_checks(third_party=False))


@pytest.fixture(scope="module")
def train() -> Evaluation:
    return _evaluate("train.jsonl")


@pytest.fixture(scope="module")
def extra() -> Evaluation:
    return _evaluate("train_extra.jsonl")


@pytest.fixture(scope="module")
def fresh() -> Evaluation:
    return _evaluate("train_fresh.jsonl")


@pytest.fixture(scope="module")
def new() -> Evaluation:
    return _evaluate("train_new.jsonl")


@pytest.fixture(scope="module")
def more() -> Evaluation:
    return _evaluate("train_more.jsonl")


@pytest.fixture(scope="module")
def six() -> Evaluation:
    return _evaluate("train_six.jsonl")


@pytest.fixture(scope="module")
def seven() -> Evaluation:
    return _evaluate("train_seven.jsonl")


@pytest.fixture(scope="module")
def eight() -> Evaluation:
    return _evaluate("train_eight.jsonl")


@pytest.fixture(scope="module")
def nine() -> Evaluation:
    return _evaluate("train_nine.jsonl")


@pytest.fixture(scope="module")
def ten() -> Evaluation:
    return _evaluate("train_ten.jsonl")


@pytest.fixture(scope="module")
def eleven() -> Evaluation:
    return _evaluate("train_eleven.jsonl")


@pytest.fixture(scope="module")
def twelve() -> Evaluation:
    return _evaluate("train_twelve.jsonl")


@pytest.fixture(scope="module")
def thirteen() -> Evaluation:
    return _evaluate("train_thirteen.jsonl")


@pytest.fixture(scope="module")
def fourteen() -> Evaluation:
    return _evaluate("train_fourteen.jsonl")


@pytest.fixture(scope="module")
def fifteen() -> Evaluation:
    return _evaluate("train_fifteen.jsonl")


@pytest.fixture(scope="module")
def sixteen() -> Evaluation:
    return _evaluate("train_sixteen.jsonl")


@pytest.fixture(scope="module")
def held_back() -> Evaluation:
    return _evaluate("test.jsonl")


@pytest.mark.parametrize("split", ["train", "extra", "fresh", "new", "held_back"])
def test_corpus_covers_every_core_check(split: str, request: pytest.FixtureRequest) -> None:
    result: Evaluation = request.getfixturevalue(split)
    for check_id in CORE:
        counts = result.per_check[check_id]
        assert counts.positives >= 5, f"{check_id}: too few positives"
        assert counts.n - counts.positives >= 5, f"{check_id}: too few negatives"


# ``train_more.jsonl``, ``train_six.jsonl`` and ``train_seven.jsonl`` are weighted to four checks, and
# ``train_eight.jsonl`` to three of them in many page forms, ``train_nine.jsonl`` to the kinds of disagreement and
# the provider named and reachable, ``train_ten.jsonl`` to the kinds of disagreement, ``train_eleven.jsonl`` to the
# provider named and reachable (and with them the arrangements set out), ``train_twelve.jsonl`` to the feedback
# report, SEND mediation, voluntariness and scope, ``train_thirteen.jsonl`` to natural DR and mediation pages (the
# provider, its contact, independence, the appeal, confidentiality, mediation), ``train_fourteen.jsonl`` to the
# feedback report in natural pages, ``train_fifteen.jsonl`` to the kinds of disagreement in natural pages,
# ``train_sixteen.jsonl`` to the kinds of disagreement in wordings earlier splits did not stress (with the provider
# named, independent and reachable); only those are required to be covered there.
MORE_WEIGHTED = ("drs_voluntary", "drs_all_sen", "drs_no_effect_on_appeal", "lo_feedback_published")
EIGHT_WEIGHTED = ("drs_voluntary", "drs_all_sen", "lo_feedback_published")
NINE_WEIGHTED = ("drs_disagreement_types", "drs_provider_named", "drs_contact")
TEN_WEIGHTED = ("drs_disagreement_types",)
ELEVEN_WEIGHTED = ("drs_provider_named", "drs_contact", "drs_in_local_offer")
TWELVE_WEIGHTED = ("lo_feedback_published", "mediation_info", "drs_voluntary", "drs_all_sen")
THIRTEEN_WEIGHTED = (
    "drs_in_local_offer",
    "drs_independent",
    "drs_no_effect_on_appeal",
    "drs_confidential",
    "drs_provider_named",
    "drs_contact",
    "mediation_info",
)
FOURTEEN_WEIGHTED = ("lo_feedback_published",)
FIFTEEN_WEIGHTED = ("drs_disagreement_types", "drs_in_local_offer", "drs_provider_named", "drs_contact")
SIXTEEN_WEIGHTED = (
    "drs_disagreement_types",
    "drs_in_local_offer",
    "drs_independent",
    "drs_provider_named",
    "drs_contact",
)


@pytest.mark.parametrize(
    ("split", "weighted"),
    [
        ("more", MORE_WEIGHTED),
        ("six", MORE_WEIGHTED),
        ("seven", MORE_WEIGHTED),
        ("eight", EIGHT_WEIGHTED),
        ("nine", NINE_WEIGHTED),
        ("ten", TEN_WEIGHTED),
        ("eleven", ELEVEN_WEIGHTED),
        ("twelve", TWELVE_WEIGHTED),
        ("thirteen", THIRTEEN_WEIGHTED),
        ("fourteen", FOURTEEN_WEIGHTED),
        ("fifteen", FIFTEEN_WEIGHTED),
        ("sixteen", SIXTEEN_WEIGHTED),
    ],
)
def test_weighted_splits_cover_their_checks(
    split: str, weighted: tuple[str, ...], request: pytest.FixtureRequest
) -> None:
    result: Evaluation = request.getfixturevalue(split)
    for check_id in weighted:
        counts = result.per_check[check_id]
        assert counts.positives >= 5, f"{check_id}: too few positives"
        assert counts.n - counts.positives >= 5, f"{check_id}: too few negatives"


def test_precision_and_recall_on_held_back_split(held_back: Evaluation) -> None:
    short = [
        f"{cid}: precision {c.precision:.2f} recall {c.recall:.2f}"
        for cid, c in held_back.per_check.items()
        if cid in CORE and (c.precision < TARGET or c.recall < TARGET)
    ]
    assert not short, "; ".join(short)
