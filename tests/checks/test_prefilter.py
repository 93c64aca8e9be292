"""Literal prefilters may only ever skip a search that would have found nothing."""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from pathlib import Path

import pytest

import checks
from auditor.evaluate import load_cases
from checks.prefilter import anchors, fold, may_match, search
from checks.text import rx

ROOT = Path(__file__).resolve().parents[2]


def _all_patterns() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for info in pkgutil.iter_modules(checks.__path__):
        module = importlib.import_module(f"checks.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                out.append((f"{info.name}.{name}", value))
    return out


def _texts() -> list[str]:
    """Real check inputs: the text of every fixture page and tuning-corpus page (never the held-back
    split), cut into paragraph-sized pieces so that the searches stay fast."""
    raw: list[str] = []
    for path in sorted((ROOT / "tests" / "checks" / "fixtures").rglob("*.html")):
        raw.append(path.read_text(errors="replace"))
    splits = (
        "train.jsonl",
        "train_extra.jsonl",
        "train_fresh.jsonl",
        "train_new.jsonl",
        "train_more.jsonl",
        "train_six.jsonl",
        "train_seven.jsonl",
        "train_eight.jsonl",
        "train_nine.jsonl",
        "train_ten.jsonl",
        "train_eleven.jsonl",
        "train_twelve.jsonl",
        "train_thirteen.jsonl",
        "train_fourteen.jsonl",
        "train_fifteen.jsonl",
        "train_sixteen.jsonl",
    )
    for name in splits:
        raw += [case.html or case.text or "" for case in load_cases(ROOT / "tests" / "corpus" / name)]
    pieces: list[str] = []
    for text in raw:
        plain = re.sub(r"<[^>]+>", "\n", text)
        pieces += [p.strip() for p in re.split(r"\n\s*\n|\n", plain) if len(p.strip()) > 20]
    return pieces


def test_ignorecase_letters_fold_as_re_compares_them() -> None:
    # Every character that re.IGNORECASE matches to an ASCII letter must fold to (contain) it.
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for m in re.finditer(letter, everything, re.I):
            assert letter in fold(m.group()), (letter, hex(ord(m.group())))


def test_anchors_are_read_off_the_pattern() -> None:
    lexicon = rx(r"disagreement resolution", r"mediat(?:ion|ors?)")
    assert anchors(lexicon) == {("disagreement", "resolution"), ("mediat",)}
    assert anchors(rx(r"SEND ?IAS+")) == {("ias", "send")}
    assert anchors(rx(r"ab", r"mediation")) is None  # a two-letter literal tests nothing
    assert anchors(re.compile(r"\d+ months?")) == {(" month",)}
    assert anchors(re.compile(r"[A-Z]\w+")) is None


def test_case_sensitive_parts_are_tested_case_insensitively() -> None:
    pattern = rx(r"(?-i:DRS)", r"tribunal")
    assert may_match(pattern, fold("The DRS can help"))
    assert search(pattern, "The DRS can help")
    assert search(pattern, "no such words here") is None


def test_prefilter_never_hides_a_match() -> None:
    """For every compiled pattern of every check, on every fixture and tuning-corpus paragraph:
    a match implies the prefilter lets the search run."""
    patterns = [(name, p) for name, p in _all_patterns() if anchors(p) is not None]
    assert len(patterns) > 50
    texts = _texts()
    assert len(texts) > 1000
    matched = 0
    for text in texts:
        folded = fold(text)
        for name, pattern in patterns:
            if pattern.search(text) is not None:
                matched += 1
                assert may_match(pattern, folded), (name, text[:120])
    assert matched > 1000  # the property was exercised, not vacuously true


@pytest.mark.parametrize("text", ["", "mediat", "MEDIATION", "Mediat\u0131on", "ſend"])
def test_search_agrees_with_re(text: str) -> None:
    for _, pattern in _all_patterns():
        assert (search(pattern, text) is None) == (pattern.search(text) is None)


def test_block_prefilter_reads_the_text_the_sentences_are_matched_in() -> None:
    """Sentences are matched in normalised text (curly apostrophes as "'"): the block-level literal
    test must read that same text, or "Parents’ forum" would be skipped for a pattern saying "parents'"."""
    from auditor.model import Coverage
    from auditor.site import build_site, parse_html
    from checks.signposting import _send_sentences
    from tests.checks.conftest import AUTHORITY, HOME

    html = "<html><body><main><h1>SEND support</h1><p>Ask the Parents\u2019 Forum for SEND help.</p></main></body>"
    page = parse_html(html, HOME + "send/help", fetched_at="2026-11-01T09:00:00+00:00")
    site = build_site(AUTHORITY, [page], Coverage(start_url=HOME, start_reached=True, pages_fetched=1), "")
    wanted = rx(r"parents' forum")
    found = [s.text for s in _send_sentences(site, needs=(wanted,))]
    assert any(wanted.search(t) for t in found), found


def test_memos_keyed_by_pattern_id_never_answer_for_another_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    # Patterns compiled and dropped (TOML rules, re's own cache) free ids that new patterns reuse;
    # a tiny bound makes the memos empty themselves, and their patterns die, over and over.
    monkeypatch.setattr("checks.prefilter._MAX_PATTERNS", 3)
    text = "alpha and beta"
    for i in range(2000):  # beyond re's own cache of compiled patterns, so ids do get reused
        mine, other = re.compile(f"alpha(?:{i})?"), re.compile(f"gamma(?:{i})?")
        assert search(mine, text) is not None
        assert search(other, text) is None
        assert anchors(mine) == {("alpha",)}
        del mine, other
