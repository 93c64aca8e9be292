"""Literal prefilters: skip a regex search that provably cannot match.

Council pages are tens of kilobytes of text, and the checks' lexicons are large case-insensitive
alternations behind a lookbehind (``rx``), which Python's ``re`` cannot speed up with a literal
scan: it tries every position. Most pages never contain the words a lexicon needs, so before
searching, ask whether the text contains at least one of the pattern's *necessary literals*: for
``rx("special educational needs?", "local offer")`` these are {"educational", "offer"}, one of
which is in every match. Finding none of them in the case-folded text proves there is no match;
finding one proves nothing, and the regex runs as before. So a prefilter can change how fast a
check is, never what it finds.

The literals are read off the parsed pattern (``re._parser``, the parser ``re`` itself uses);
anything it cannot reason about yields no prefilter rather than a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

try:  # CPython's own regex parser: private, so any surprise just disables prefiltering
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Pythons
    _C = _P = None

#: A literal shorter than this is in almost every text: not worth testing.
MIN_ANCHOR = 3
#: Words on nearly every Local Offer page: a pattern's other literals make a better test
#: ("ias" rather than "send" for "SEND ?IAS+"). Only speed depends on this list.
COMMON = frozenset(
    {"send", "sen", "local", "offer", "council", "information", "support", "service", "child", "contact", "team"}
)
_TEXT_CACHE = 1 << 16


@lru_cache(maxsize=_TEXT_CACHE)
def fold(text: str) -> str:
    """``text`` case-folded, as ``re.IGNORECASE`` compares letters. The dotless ı is the one
    character that ``re`` matches to an ASCII letter ("i") but ``casefold`` keeps apart."""
    return text.casefold().replace("\u0131", "i")


def clear_fold_cache() -> None:
    fold.cache_clear()


@lru_cache(maxsize=4096)
def anchors(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Case-folded strings, one of which occurs in every match of ``pattern``; None when no such
    set of useful (≥ ``MIN_ANCHOR`` characters) literals can be shown."""
    if _P is None or not isinstance(pattern.pattern, str):
        return None
    try:
        found = _necessary(_P.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - an unexpected parse tree means "no prefilter", never an error
        return None
    if not found or min(len(a) for a in found) < MIN_ANCHOR:
        return None
    # "sendias" is redundant beside "ias": any text with the longer one has the shorter.
    return frozenset(a for a in found if not any(b != a and b in a for b in found))


def may_match(pattern: re.Pattern[str], folded: str) -> bool:
    """False only when ``pattern`` cannot match the text whose ``fold`` is ``folded``."""
    needed = anchors(pattern)
    if needed is None:
        return True
    for a in needed:  # noqa: SIM110 - a plain loop: any() and its generator cost more, for every sentence
        if a in folded:
            return True
    return False


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, skipped when the prefilter proves it would find nothing."""
    if not may_match(pattern, fold(text)):
        return None
    return pattern.search(text)


def _score(found: frozenset[str]) -> tuple[bool, int, int]:
    # The rarest-looking set first: no everyday word, longest shortest literal, fewest alternatives.
    return (not (found & COMMON), min(len(a) for a in found), -len(found))


def _necessary(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    """The best set of literals one of which every match of this sequence contains, or None."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            candidates.append(frozenset(["".join(run).casefold().replace("\u0131", "i")]))
            run.clear()

    for op, av in items:
        if op is _C.LITERAL and av < 128:
            # ASCII only: for ASCII letters, ``fold`` is exactly how ``re.IGNORECASE`` compares
            # (checked over all of Unicode by the tests); other characters end the literal.
            run.append(chr(av))
            continue
        repeat = op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None))
        if repeat and av[0] >= 1:
            item = list(av[2])
            if len(item) == 1 and item[0][0] is _C.LITERAL and item[0][1] < 128:
                # "IAS+": the repeated letter's first copies continue the literal before it.
                run.append(chr(item[0][1]) * min(av[0], MIN_ANCHOR))
        end_run()
        sub: frozenset[str] | None = None
        if op is _C.BRANCH:
            parts = [_necessary(branch) for branch in av[1]]
            if parts and all(p for p in parts):
                sub = frozenset().union(*parts)  # type: ignore[arg-type]
        elif op is _C.SUBPATTERN:
            sub = _necessary(av[-1])
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            sub = _necessary(av)
        elif repeat and av[0] >= 1:
            sub = _necessary(av[2])
        elif op is _C.ASSERT:
            sub = _necessary(av[1])  # a lookaround's text is in the searched string too
        # Anything else (classes, anchors, lookarounds, optional parts) requires no literal here.
        if sub:
            candidates.append(sub)
    end_run()
    return max(candidates, key=_score) if candidates else None
